package io.paydesk.core.card;

/**
 * Finds card numbers in free text and masks them before the text is stored, indexed or logged.
 *
 * <p>The text is read as <em>groups</em>: maximal runs of digits not glued to a letter. Consecutive groups
 * joined by exactly one space or dash form a <em>window</em>; a window of 13 to 19 digits that passes the
 * Luhn check is a card number and keeps only its first six and last four digits, with its separators, so
 * {@code 4111 1111 1111 1111} reads {@code 4111 11** **** 1111}. Windows are tried longest first from each
 * group, and the text is scanned again until nothing valid is left, so two card numbers separated by a
 * single space are both masked. Digit runs that fail the Luhn check (phone numbers, references) stay, and so
 * do 12-digit runs such as retrieval reference numbers.
 */
public final class PanRedactor {

    private static final int MIN = MaskedCardNumber.MIN_LENGTH;
    private static final int MAX = MaskedCardNumber.MAX_LENGTH;

    private PanRedactor() {
    }

    public static boolean containsCardNumber(String text) {
        return text != null && !redact(text).equals(text);
    }

    public static String redact(String text) {
        if (text == null || text.length() < MIN) {
            return text;
        }
        char[] chars = null;
        char[] current = text.toCharArray();
        while (maskOnePass(current)) {
            chars = current;
        }
        return chars == null ? text : new String(chars);
    }

    /** Masks every valid window found left to right; true when anything changed. */
    private static boolean maskOnePass(char[] text) {
        boolean changed = false;
        int n = text.length;
        int[] starts = new int[MAX];
        int[] ends = new int[MAX];
        int i = 0;
        while (i < n) {
            if (!isGroupStart(text, i)) {
                i++;
                continue;
            }
            // Collect up to MAX digits' worth of consecutive groups starting here.
            int groups = 0;
            int digits = 0;
            int pos = i;
            while (groups < MAX) {
                int end = groupEnd(text, pos);
                if (end < 0) {
                    break;
                }
                digits += end - pos;
                if (digits > MAX) {
                    break;
                }
                starts[groups] = pos;
                ends[groups] = end;
                groups++;
                if (end + 1 < n && (text[end] == ' ' || text[end] == '-') && isGroupStart(text, end + 1)) {
                    pos = end + 1;
                } else {
                    break;
                }
            }
            boolean masked = false;
            for (int last = groups - 1; last >= 0 && !masked; last--) {
                if (countDigits(starts, ends, last) >= MIN && luhn(text, starts, ends, last)) {
                    mask(text, starts, ends, last);
                    masked = true;
                }
            }
            changed |= masked;
            i = groupEndOrNext(text, i);
        }
        return changed;
    }

    private static int countDigits(int[] starts, int[] ends, int last) {
        int count = 0;
        for (int g = 0; g <= last; g++) {
            count += ends[g] - starts[g];
        }
        return count;
    }

    private static boolean luhn(char[] text, int[] starts, int[] ends, int last) {
        int sum = 0;
        boolean doubleIt = false;
        for (int g = last; g >= 0; g--) {
            for (int p = ends[g] - 1; p >= starts[g]; p--) {
                int d = text[p] - '0';
                if (doubleIt) {
                    d = d * 2 > 9 ? d * 2 - 9 : d * 2;
                }
                sum += d;
                doubleIt = !doubleIt;
            }
        }
        return sum % 10 == 0;
    }

    private static void mask(char[] text, int[] starts, int[] ends, int last) {
        int total = countDigits(starts, ends, last);
        int index = 0;
        for (int g = 0; g <= last; g++) {
            for (int p = starts[g]; p < ends[g]; p++, index++) {
                if (index >= 6 && index < total - 4) {
                    text[p] = '*';
                }
            }
        }
    }

    /** A group starts at a digit that does not follow a letter or digit. */
    private static boolean isGroupStart(char[] text, int i) {
        return isDigit(text[i]) && (i == 0 || !Character.isLetterOrDigit(text[i - 1]));
    }

    /** The end of the group starting at {@code start}, or -1 when the run is glued to a letter. */
    private static int groupEnd(char[] text, int start) {
        int end = start;
        while (end < text.length && isDigit(text[end])) {
            end++;
        }
        return end < text.length && Character.isLetter(text[end]) ? -1 : end;
    }

    private static int groupEndOrNext(char[] text, int i) {
        int end = i;
        while (end < text.length && isDigit(text[end])) {
            end++;
        }
        return Math.max(end, i + 1);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
