package io.paydesk.core.dispute.transaction;

import io.paydesk.core.common.Outcome;
import io.paydesk.core.common.Refusal;
import io.paydesk.core.dispute.DisputeMessageKeys;
import java.util.Objects;
import java.util.regex.Pattern;

/** Merchant category code (ISO 18245): four digits, e.g. {@code 5411} groceries, {@code 6011} ATM cash. */
public record Mcc(String value) {

    private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");
    /** The MCC schemes assign to automated cash disbursements. */
    public static final Mcc ATM_CASH = new Mcc("6011");

    public Mcc {
        Objects.requireNonNull(value, "value");
        if (!FOUR_DIGITS.matcher(value).matches()) {
            throw new IllegalArgumentException("an MCC has 4 digits: " + value);
        }
    }

    public static Outcome<Mcc> parse(String field, String typed) {
        String code = typed == null ? "" : typed.trim();
        if (!FOUR_DIGITS.matcher(code).matches()) {
            return Outcome.refused(Refusal.of(field, typed, DisputeMessageKeys.MCC_FORMAT, "4"));
        }
        return Outcome.accepted(new Mcc(code));
    }

    @Override
    public String toString() {
        return value;
    }
}
