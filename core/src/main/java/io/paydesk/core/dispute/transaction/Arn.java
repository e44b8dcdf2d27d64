package io.paydesk.core.dispute.transaction;

import io.paydesk.core.card.Luhn;
import io.paydesk.core.common.Outcome;
import io.paydesk.core.common.Refusal;
import io.paydesk.core.dispute.DisputeMessageKeys;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Acquirer reference number: the 23-digit key an acquirer gives a cleared transaction, quoted in every
 * dispute message. Layout: a 1-digit format code, the 6-digit acquirer BIN, the 4-digit processing date
 * (YDDD), an 11-digit sequence number, and a check digit.
 *
 * <p><b>Check digit.</b> The last digit is a Luhn (mod 10) check digit over the first 22, so the whole
 * 23-digit number passes the Luhn check. Source: this is not in Paydesk's reference document
 * ({@code market-and-payments-facts.md} §4 says nothing about ARN structure). It matches the layout of
 * Visa's BASE II acquirer reference number and Mastercard's DE 31 "Acquirer Reference Data" as I know them
 * (both describe a mod-10 check digit in the last position); the only public page found while writing this
 * (solidgate.com/glossary/acquirer-reference-number) says ARNs carry "a check digit for validation (similar
 * to card number validation)". The primary scheme manuals were not available, so treat the algorithm as
 * high-confidence but unverified. Processors that print shorter or alphanumeric "ARNs" are not accepted
 * here.
 */
public record Arn(String value) {

    public static final int LENGTH = 23;
    private static final Pattern DIGITS = Pattern.compile("\\d{" + LENGTH + "}");

    public Arn {
        Objects.requireNonNull(value, "value");
        if (!DIGITS.matcher(value).matches() || !Luhn.isValid(value)) {
            throw new IllegalArgumentException("not a valid 23-digit ARN: " + value);
        }
    }

    /** Reads typed input; spaces and dashes between digit groups are ignored. */
    public static Outcome<Arn> parse(String field, String typed) {
        String digits = typed == null ? "" : typed.replace(" ", "").replace("-", "");
        if (!DIGITS.matcher(digits).matches()) {
            return Outcome.refused(Refusal.of(field, typed, DisputeMessageKeys.ARN_FORMAT, Integer.toString(LENGTH)));
        }
        if (!Luhn.isValid(digits)) {
            return Outcome.refused(Refusal.of(field, typed, DisputeMessageKeys.ARN_CHECK_DIGIT));
        }
        return Outcome.accepted(new Arn(digits));
    }

    /** The check digit that makes {@code first22} a valid ARN; used by fixtures and sample data. */
    public static char checkDigitFor(String first22) {
        if (first22 == null || !first22.matches("\\d{22}")) {
            throw new IllegalArgumentException("needs the first 22 digits of an ARN");
        }
        for (char c = '0'; c <= '9'; c++) {
            if (Luhn.isValid(first22 + c)) {
                return c;
            }
        }
        throw new AssertionError("a Luhn check digit always exists");
    }

    /** The acquirer's BIN, positions 2 to 7. */
    public String acquirerBin() {
        return value.substring(1, 7);
    }

    @Override
    public String toString() {
        return value;
    }
}
