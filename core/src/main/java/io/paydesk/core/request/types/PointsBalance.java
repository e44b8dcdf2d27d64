package io.paydesk.core.request.types;

import io.paydesk.core.common.Outcome;
import io.paydesk.core.common.Refusal;
import java.util.Objects;

/** A loyalty account's balance: never below zero. A debit larger than the balance is refused, not clipped. */
public record PointsBalance(Points points) {

    public static final PointsBalance EMPTY = new PointsBalance(Points.ZERO);

    public PointsBalance {
        Objects.requireNonNull(points, "points");
        if (points.isNegative()) {
            throw new IllegalArgumentException("a points balance cannot be negative: " + points);
        }
    }

    /** Adds earned or restored points; {@code earned} must not be negative. */
    public PointsBalance credit(Points earned) {
        if (earned.isNegative()) {
            throw new IllegalArgumentException("credit a positive amount, debit to take points away: " + earned);
        }
        return new PointsBalance(points.plus(earned));
    }

    /** Takes points away (redemption, expiry, reversal); refused when the balance would go below zero. */
    public Outcome<PointsBalance> debit(Points spent) {
        if (spent.isNegative()) {
            return Outcome.refused(Refusal.of("points", spent.toString(), RequestTypeKeys.BALANCE_DEBIT_NEGATIVE));
        }
        if (spent.compareTo(points) > 0) {
            return Outcome.refused(Refusal.of("points", spent.toString(), RequestTypeKeys.BALANCE_INSUFFICIENT,
                    points.toString()));
        }
        return Outcome.accepted(new PointsBalance(points.minus(spent)));
    }
}
