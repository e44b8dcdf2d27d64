package io.paydesk.core.card;

import java.util.Arrays;

/**
 * Masks the card numbers written inside the string literals of a JSON text, and nothing else, so the text stays the
 * same JSON with the same structure.
 *
 * <p>Each string literal is read as JSON reads it, escapes decoded ({@code \u0034} is the digit 4, {@code \u0020} a
 * space), and the decoded text goes through {@link PanRedactor}: a card number spelled with escapes is found like a
 * typed one. Only the source of each digit that {@link PanRedactor} masks is rewritten, to {@code *}, which JSON
 * allows unescaped; every other character, escape and byte of layout stays as it was, so the result is valid JSON
 * whenever the input was, and a text with no card number comes back as the very same string.
 *
 * <p>Numbers outside string literals are left alone: writing {@code *} into a JSON number would make the document
 * invalid, and turning the number into a string would change its type. A card number is typed into text (summary,
 * description, comments, text fields), which JSON carries as strings. Object keys are string literals too and are
 * masked like values. A literal with a broken escape or no closing quote is left as it is: no JSON reader accepts
 * such a document, so nothing in it can be stored.
 */
public final class JsonStringMasking {

    private JsonStringMasking() {
    }

    /** {@code json} with the card numbers in its string literals masked; the same instance when there are none. */
    public static String mask(String json) {
        if (json == null || json.length() < MaskedCardNumber.MIN_LENGTH + 2) {
            return json;
        }
        StringBuilder out = null;
        int copied = 0;
        int i = 0;
        int n = json.length();
        while (i < n) {
            if (json.charAt(i) != '"') {
                i++;
                continue;
            }
            int plainEnd = Literal.endIfTooFewDigits(json, i);
            if (plainEnd >= 0) {
                i = plainEnd;
                continue;
            }
            Literal literal = Literal.read(json, i);
            if (literal.masks != null) {
                if (out == null) {
                    out = new StringBuilder(n);
                }
                for (int k = 0; k < literal.masks.length; k += 2) {
                    out.append(json, copied, literal.masks[k]).append('*');
                    copied = literal.masks[k + 1];
                }
            }
            i = literal.end;
        }
        if (out == null) {
            return json;
        }
        return out.append(json, copied, n).toString();
    }

    /**
     * One string literal: where it ends (after its closing quote, or at the end of the text) and the source spans
     * of the digits to mask, as {@code [start, end, start, end, ...]}, or null when nothing is masked.
     */
    private record Literal(int end, int[] masks) {

        /**
         * Where the literal ends when it cannot hold a card number (fewer digits, counting every {@code \\u} escape
         * as one, than the shortest card number), so it needs no decoding; -1 when it might, or has no end.
         */
        static int endIfTooFewDigits(String json, int openingQuote) {
            int n = json.length();
            int digits = 0;
            int j = openingQuote + 1;
            while (j < n) {
                char c = json.charAt(j);
                if (c == '"') {
                    return digits < MaskedCardNumber.MIN_LENGTH ? j + 1 : -1;
                }
                if (c == '\\') {
                    if (j + 1 < n && json.charAt(j + 1) == 'u') {
                        digits++;
                    }
                    j += 2;
                } else {
                    if (c >= '0' && c <= '9') {
                        digits++;
                    }
                    j++;
                }
            }
            return -1;
        }

        static Literal read(String json, int openingQuote) {
            int n = json.length();
            StringBuilder decoded = new StringBuilder();
            int[] starts = new int[16];
            int[] ends = new int[16];
            boolean broken = false;
            int j = openingQuote + 1;
            while (j < n) {
                char c = json.charAt(j);
                if (c == '"') {
                    return new Literal(j + 1, broken ? null : masked(decoded, starts, ends));
                }
                int next;
                char value;
                if (c != '\\') {
                    value = c;
                    next = j + 1;
                } else if (j + 1 >= n) {
                    return new Literal(n, null);
                } else {
                    char escape = json.charAt(j + 1);
                    next = j + 2;
                    switch (escape) {
                        case '"', '\\', '/' -> value = escape;
                        case 'b' -> value = '\b';
                        case 'f' -> value = '\f';
                        case 'n' -> value = '\n';
                        case 'r' -> value = '\r';
                        case 't' -> value = '\t';
                        case 'u' -> {
                            int code = hex4(json, j + 2);
                            if (code < 0) {
                                broken = true;
                                value = '\uFFFD';
                            } else {
                                value = (char) code;
                                next = j + 6;
                            }
                        }
                        default -> {
                            broken = true;
                            value = '\uFFFD';
                        }
                    }
                }
                int index = decoded.length();
                if (index == starts.length) {
                    starts = Arrays.copyOf(starts, index * 2);
                    ends = Arrays.copyOf(ends, index * 2);
                }
                starts[index] = j;
                ends[index] = next;
                decoded.append(value);
                j = next;
            }
            return new Literal(n, null);
        }

        private static int[] masked(StringBuilder decoded, int[] starts, int[] ends) {
            if (decoded.length() < MaskedCardNumber.MIN_LENGTH) {
                return null;
            }
            String text = decoded.toString();
            String redacted = PanRedactor.redact(text);
            if (redacted.equals(text)) {
                return null;
            }
            int count = 0;
            for (int k = 0; k < text.length(); k++) {
                if (redacted.charAt(k) != text.charAt(k)) {
                    count++;
                }
            }
            int[] spans = new int[count * 2];
            int s = 0;
            for (int k = 0; k < text.length(); k++) {
                if (redacted.charAt(k) != text.charAt(k)) {
                    spans[s++] = starts[k];
                    spans[s++] = ends[k];
                }
            }
            return spans;
        }

        /** The value of the four ASCII hex digits at {@code from}, or -1 when there are not four. */
        private static int hex4(String json, int from) {
            if (from + 4 > json.length()) {
                return -1;
            }
            int value = 0;
            for (int k = from; k < from + 4; k++) {
                char c = json.charAt(k);
                int digit = c >= '0' && c <= '9' ? c - '0'
                        : c >= 'a' && c <= 'f' ? c - 'a' + 10
                        : c >= 'A' && c <= 'F' ? c - 'A' + 10
                        : -1;
                if (digit < 0) {
                    return -1;
                }
                value = value * 16 + digit;
            }
            return value;
        }
    }
}
