package io.paydesk.core.card;

/** The Luhn (mod 10) check used by card numbers (ISO/IEC 7812-1). */
public final class Luhn {

    private Luhn() {
    }

    /** True when {@code digits[from, to)} are all ASCII digits and pass the Luhn check. */
    public static boolean isValid(CharSequence digits, int from, int to) {
        int sum = 0;
        boolean doubleIt = false;
        for (int i = to - 1; i >= from; i--) {
            int d = digits.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return false;
            }
            if (doubleIt) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubleIt = !doubleIt;
        }
        return to > from && sum % 10 == 0;
    }

    public static boolean isValid(CharSequence digits) {
        return isValid(digits, 0, digits.length());
    }
}
