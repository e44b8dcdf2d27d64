package io.paydesk.core.card;

import io.paydesk.core.common.Outcome;
import io.paydesk.core.common.Refusal;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A card number reduced to what PCI DSS lets us keep: at most the first six and the last four digits,
 * and the length. The full number is never held by this type.
 */
public final class MaskedCardNumber {

    /**
     * Card numbers in scheme use have 13 to 19 digits. Twelve-digit numbers are left out on purpose: a
     * retrieval reference number (RRN) has exactly 12 digits, and masking it would erase the reference agents
     * need to find the transaction.
     */
    public static final int MIN_LENGTH = 13;
    public static final int MAX_LENGTH = 19;
    private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");
    private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");
    private static final Pattern MASKED = Pattern.compile("(\\d{6})(\\*{3,9})(\\d{4})");

    private final String firstSix;
    private final String lastFour;
    private final int length;

    private MaskedCardNumber(String firstSix, String lastFour, int length) {
        this.firstSix = firstSix;
        this.lastFour = lastFour;
        this.length = length;
    }

    /** Rebuilds a stored masked number; inconsistent parts are a programming error. */
    public static MaskedCardNumber of(String firstSix, String lastFour, int length) {
        if (!SIX_DIGITS.matcher(Objects.requireNonNull(firstSix)).matches()
                || !FOUR_DIGITS.matcher(Objects.requireNonNull(lastFour)).matches()
                || length < MIN_LENGTH || length > MAX_LENGTH) {
            throw new IllegalArgumentException("not a masked card number: " + firstSix + "…" + lastFour + "/" + length);
        }
        return new MaskedCardNumber(firstSix, lastFour, length);
    }

    /** Reads the stored form {@code 411111******1111}. */
    public static MaskedCardNumber parseMasked(String masked) {
        var m = MASKED.matcher(Objects.requireNonNull(masked));
        if (!m.matches()) {
            throw new IllegalArgumentException("not a masked card number: " + masked);
        }
        return of(m.group(1), m.group(3), masked.length());
    }

    /**
     * Masks a card number typed by a person. Spaces and dashes between digits are allowed; the number
     * must have 13 to 19 digits and pass the Luhn check. Refusals never echo the full number back.
     */
    public static Outcome<MaskedCardNumber> fromTyped(String field, String typed) {
        if (typed == null || typed.isBlank()) {
            return Outcome.refused(Refusal.of(field, "", "paydesk.error.card.missing"));
        }
        StringBuilder digits = new StringBuilder(typed.length());
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c != ' ' && c != '-') {
                return Outcome.refused(Refusal.of(field, PanRedactor.redact(typed), "paydesk.error.card.characters"));
            }
        }
        int length = digits.length();
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            return Outcome.refused(Refusal.of(field, PanRedactor.redact(typed), "paydesk.error.card.length",
                    Integer.toString(MIN_LENGTH), Integer.toString(MAX_LENGTH)));
        }
        MaskedCardNumber masked = new MaskedCardNumber(digits.substring(0, 6), digits.substring(length - 4), length);
        if (!Luhn.isValid(digits)) {
            return Outcome.refused(Refusal.of(field, masked.toString(), "paydesk.error.card.checkDigit"));
        }
        return Outcome.accepted(masked);
    }

    public String firstSix() {
        return firstSix;
    }

    public String lastFour() {
        return lastFour;
    }

    public int length() {
        return length;
    }

    /** The display form agents know: {@code 4111 11•• •••• 1111}. */
    public String grouped() {
        String plain = toString().replace('*', '•');
        StringBuilder out = new StringBuilder(plain.length() + 4);
        for (int i = 0; i < plain.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                out.append(' ');
            }
            out.append(plain.charAt(i));
        }
        return out.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MaskedCardNumber other && length == other.length
                && firstSix.equals(other.firstSix) && lastFour.equals(other.lastFour);
    }

    @Override
    public int hashCode() {
        return Objects.hash(firstSix, lastFour, length);
    }

    /** The stored form: first six, asterisks, last four, e.g. {@code 411111******1111}. */
    @Override
    public String toString() {
        return firstSix + "*".repeat(length - 10) + lastFour;
    }
}
