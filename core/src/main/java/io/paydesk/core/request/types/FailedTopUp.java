package io.paydesk.core.request.types;

import io.paydesk.core.money.Money;
import java.time.Instant;
import java.util.Objects;

/** A top-up (wallet or card load) that did not arrive. {@code reference} is the channel's own reference. */
public record FailedTopUp(Money amount, Channel channel, TopUpReference reference, Instant occurredAt,
        String description) implements RequestType {

    public enum Channel { CARD, BANK_TRANSFER, CASH_TERMINAL, PARTNER_APP }

    /** The reference the top-up channel gave: 4 to 64 letters, digits, dots, dashes, slashes or underscores. */
    public record TopUpReference(String value) {
        public TopUpReference {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String toString() {
            return value;
        }
    }

    public FailedTopUp {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(occurredAt, "occurredAt");
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
