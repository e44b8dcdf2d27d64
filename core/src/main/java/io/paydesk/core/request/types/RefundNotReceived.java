package io.paydesk.core.request.types;

import io.paydesk.core.dispute.transaction.Arn;
import io.paydesk.core.dispute.transaction.Rrn;
import io.paydesk.core.money.Money;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A merchant refund or an ATM withdrawal the customer has not received. {@code merchant} is the merchant (or
 * the ATM's owner and place); {@code expectedDate} is when the money should have arrived, so it is today or
 * earlier: before then nothing is late yet. RRN and ARN help the trace but are optional.
 */
public record RefundNotReceived(Kind kind, Money amount, String merchant, LocalDate expectedDate, Optional<Rrn> rrn,
        Optional<Arn> arn, String description) implements RequestType {

    public enum Kind { REFUND, ATM_WITHDRAWAL }

    public RefundNotReceived {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(merchant, "merchant");
        Objects.requireNonNull(expectedDate, "expectedDate");
        Objects.requireNonNull(rrn, "rrn");
        Objects.requireNonNull(arn, "arn");
        Objects.requireNonNull(description, "description");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("the amount must be above zero: " + amount);
        }
    }

    @Override
    public Urgency urgency() {
        return Urgency.NORMAL;
    }
}
