package io.paydesk.core.request.types;

import io.paydesk.core.dispute.transaction.Rrn;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A loyalty complaint (market facts §5.2): accrual missing or wrong, points expired, or a redemption gone
 * wrong. {@code points} is what the member claims (for expired points: the amount that expired), always
 * above zero. {@code transaction} is the card transaction that should have earned or spent the points; it
 * may be absent only for expired points. {@code transactionDate} is that transaction's date (for expired
 * points: the expiry date), never in the future.
 */
public record LoyaltyClaim(Kind kind, LoyaltyAccountId account, Optional<Rrn> transaction, Points points,
        LocalDate transactionDate, String description) implements RequestType {

    public enum Kind { MISSING_ACCRUAL, INCORRECT_ACCRUAL, EXPIRED_POINTS, REDEMPTION_PROBLEM }

    /** The member's account number in the loyalty platform: 4 to 32 letters, digits or dashes. */
    public record LoyaltyAccountId(String value) {
        public LoyaltyAccountId {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String toString() {
            return value;
        }
    }

    public LoyaltyClaim {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(transaction, "transaction");
        Objects.requireNonNull(transactionDate, "transactionDate");
        Objects.requireNonNull(description, "description");
        if (!points.isPositive()) {
            throw new IllegalArgumentException("claimed points must be above zero: " + points);
        }
        if (transaction.isEmpty() && kind != Kind.EXPIRED_POINTS) {
            throw new IllegalArgumentException(kind + " needs the transaction's RRN");
        }
    }

    @Override
    public Urgency urgency() {
        return Urgency.NORMAL;
    }
}
