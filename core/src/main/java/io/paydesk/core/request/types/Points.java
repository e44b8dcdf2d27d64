package io.paydesk.core.request.types;

/**
 * A number of loyalty points: whole units in a {@code long}, never a double. May be negative (a reversal or a
 * downward adjustment); where a balance must not go below zero, use {@link PointsBalance}. Arithmetic that
 * would overflow throws instead of wrapping.
 */
public record Points(long value) implements Comparable<Points> {

    public static final Points ZERO = new Points(0);

    public static Points of(long value) {
        return new Points(value);
    }

    public Points plus(Points other) {
        return new Points(Math.addExact(value, other.value));
    }

    public Points minus(Points other) {
        return new Points(Math.subtractExact(value, other.value));
    }

    public boolean isPositive() {
        return value > 0;
    }

    public boolean isNegative() {
        return value < 0;
    }

    public boolean isZero() {
        return value == 0;
    }

    @Override
    public int compareTo(Points other) {
        return Long.compare(value, other.value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
