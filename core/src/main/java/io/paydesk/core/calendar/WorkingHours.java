package io.paydesk.core.calendar;

import io.paydesk.core.common.Outcome;
import io.paydesk.core.common.Refusal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Objects;

/**
 * One working interval of a local day, from {@code start} (inclusive) to {@code end} (exclusive), in
 * the calendar's wall-clock time.
 *
 * <p><b>24:00</b> is written {@link LocalTime#MAX}: an interval ending at {@code LocalTime.MAX} runs to
 * the midnight that starts the next day, so {@code 00:00–24:00} is the whole day. {@code 00:00} as an
 * end is refused (it would end before it starts). Times are kept to the second.
 */
public record WorkingHours(LocalTime start, LocalTime end) implements Comparable<WorkingHours> {

    /** The whole day, 00:00–24:00. */
    public static final WorkingHours ALL_DAY = new WorkingHours(LocalTime.MIDNIGHT, LocalTime.MAX);

    public WorkingHours {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        String problem = problem(start, end);
        if (problem != null) {
            throw new IllegalArgumentException(problem + ": " + format(start) + "-" + format(end));
        }
    }

    public static WorkingHours of(LocalTime start, LocalTime end) {
        return new WorkingHours(start, end);
    }

    /** Checks user input; refusals name {@code field} and show the interval as {@code 09:00-17:00}. */
    public static Outcome<WorkingHours> check(String field, LocalTime start, LocalTime end) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        String problem = problem(start, end);
        if (problem == null) {
            return Outcome.accepted(new WorkingHours(start, end));
        }
        return Outcome.refused(Refusal.of(field, format(start) + "-" + format(end), problem));
    }

    private static String problem(LocalTime start, LocalTime end) {
        if (start.getNano() != 0 || (end.getNano() != 0 && !end.equals(LocalTime.MAX))) {
            return CalendarRefusals.TIME_PRECISION;
        }
        if (!start.isBefore(end) || start.equals(LocalTime.MAX)) {
            return CalendarRefusals.INTERVAL_ORDER;
        }
        return null;
    }

    /** Whether the interval runs to midnight at the end of the day (24:00). */
    public boolean endsAtMidnight() {
        return end.equals(LocalTime.MAX);
    }

    /** Whether the two intervals share any moment (touching ends, 13:00 and 13:00, do not). */
    public boolean overlaps(WorkingHours other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    /** The wall-clock start of this interval on a date. */
    LocalDateTime startOn(LocalDate date) {
        return date.atTime(start);
    }

    /** The wall-clock end of this interval on a date; 24:00 is the next day's midnight. */
    LocalDateTime endOn(LocalDate date) {
        return endsAtMidnight() ? date.plusDays(1).atStartOfDay() : date.atTime(end);
    }

    @Override
    public int compareTo(WorkingHours other) {
        int byStart = start.compareTo(other.start);
        return byStart != 0 ? byStart : end.compareTo(other.end);
    }

    /** {@code 09:00-17:00}, {@code 22:00-24:00}; seconds only when present. */
    @Override
    public String toString() {
        return format(start) + "-" + format(end);
    }

    static String format(LocalTime time) {
        if (time.equals(LocalTime.MAX)) {
            return "24:00";
        }
        return time.toString();
    }
}
