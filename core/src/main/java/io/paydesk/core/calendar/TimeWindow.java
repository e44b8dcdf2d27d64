package io.paydesk.core.calendar;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A stretch of time on the timeline, half-open: it contains {@code start} and not {@code end}. An empty
 * window ({@code start == end}) is allowed; a window that ends before it starts is a programming error.
 */
public record TimeWindow(Instant start, Instant end) {

    public TimeWindow {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("a window ends at or after its start: " + start + " > " + end);
        }
    }

    public static TimeWindow of(Instant start, Instant end) {
        return new TimeWindow(start, end);
    }

    public Duration duration() {
        return Duration.between(start, end);
    }

    public boolean isEmpty() {
        return start.equals(end);
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(start) && instant.isBefore(end);
    }

    /** The part both windows share, or nothing when they share no moment (touching windows share none). */
    public Optional<TimeWindow> intersect(TimeWindow other) {
        Instant from = start.isAfter(other.start) ? start : other.start;
        Instant to = end.isBefore(other.end) ? end : other.end;
        return from.isBefore(to) ? Optional.of(new TimeWindow(from, to)) : Optional.empty();
    }

    /** What is left of this window once {@code other} is taken out: none, one or two non-empty windows, in order. */
    public List<TimeWindow> subtract(TimeWindow other) {
        List<TimeWindow> left = new ArrayList<>(2);
        if (!other.start.isBefore(end) || !start.isBefore(other.end) || other.isEmpty()) {
            if (!isEmpty()) {
                left.add(this);
            }
            return List.copyOf(left);
        }
        if (start.isBefore(other.start)) {
            left.add(new TimeWindow(start, other.start));
        }
        if (other.end.isBefore(end)) {
            left.add(new TimeWindow(other.end, end));
        }
        return List.copyOf(left);
    }

    /** Business time that is left of {@code windows} after taking out every window of {@code pauses}. */
    public static List<TimeWindow> subtractAll(List<TimeWindow> windows, List<TimeWindow> pauses) {
        List<TimeWindow> left = new ArrayList<>(windows);
        for (TimeWindow pause : pauses) {
            List<TimeWindow> next = new ArrayList<>(left.size() + 1);
            for (TimeWindow window : left) {
                next.addAll(window.subtract(pause));
            }
            left = next;
        }
        return List.copyOf(left);
    }

    /** The total length of some windows. */
    public static Duration total(List<TimeWindow> windows) {
        Duration sum = Duration.ZERO;
        for (TimeWindow window : windows) {
            sum = sum.plus(window.duration());
        }
        return sum;
    }

    @Override
    public String toString() {
        return "[" + start + ", " + end + ")";
    }
}
