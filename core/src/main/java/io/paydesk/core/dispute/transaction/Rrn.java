package io.paydesk.core.dispute.transaction;

import io.paydesk.core.common.Outcome;
import io.paydesk.core.common.Refusal;
import io.paydesk.core.dispute.DisputeMessageKeys;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Retrieval reference number: the acquirer's 12-character key for one transaction (ISO 8583 data element
 * 37). ISO 8583 allows letters there; the schemes and the processors our partners use print 12 digits, so
 * Paydesk accepts exactly 12 digits.
 */
public record Rrn(String value) {

    private static final Pattern TWELVE_DIGITS = Pattern.compile("\\d{12}");

    public Rrn {
        Objects.requireNonNull(value, "value");
        if (!TWELVE_DIGITS.matcher(value).matches()) {
            throw new IllegalArgumentException("an RRN has 12 digits: " + value);
        }
    }

    /** Reads typed input; spaces around and inside the number are ignored. */
    public static Outcome<Rrn> parse(String field, String typed) {
        String digits = typed == null ? "" : typed.replace(" ", "");
        if (!TWELVE_DIGITS.matcher(digits).matches()) {
            return Outcome.refused(Refusal.of(field, typed, DisputeMessageKeys.RRN_FORMAT, "12"));
        }
        return Outcome.accepted(new Rrn(digits));
    }

    @Override
    public String toString() {
        return value;
    }
}
