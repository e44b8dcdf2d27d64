package io.paydesk.core.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;

/**
 * The obviously correct, slow version of business time, to check {@link BusinessCalendar} against: a
 * minute is business time when the wall clock at its start, in the calendar's zone, reads a time inside
 * one of the working intervals of the date it shows. It walks minute by minute, so it only answers for
 * moments and durations in whole minutes (calendars in modern time zones change offsets on whole minutes).
 *
 * <p>It reads the wall clock instead of placing boundaries on the timeline, so it agrees with the
 * calendar everywhere except for an interval boundary inside a DST overlap (where the calendar takes the
 * earlier offset and this counts the repeated wall-clock time twice): the fixtures it is run on have none.
 * The benchmarks measure Paydesk against it too (core publishes its test classes as a test-jar).
 */
public final class MinuteSteppingCalendar {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final BusinessCalendar calendar;

    public MinuteSteppingCalendar(BusinessCalendar calendar) {
        this.calendar = calendar;
    }

    public boolean isOpenAt(Instant t) {
        ZonedDateTime wall = t.atZone(calendar.zone());
        LocalTime time = wall.toLocalTime();
        for (WorkingHours hours : calendar.hoursOn(wall.toLocalDate())) {
            if (!time.isBefore(hours.start()) && (hours.endsAtMidnight() || time.isBefore(hours.end()))) {
                return true;
            }
        }
        return false;
    }

    public Duration within(Instant a, Instant b) {
        if (b.isBefore(a)) {
            return within(b, a).negated();
        }
        long minutes = 0;
        for (Instant minute = a; minute.isBefore(b); minute = minute.plus(MINUTE)) {
            if (isOpenAt(minute)) {
                minutes++;
            }
        }
        return Duration.ofMinutes(minutes);
    }

    public Instant after(Instant t, Duration d) {
        long left = Math.abs(d.toMinutes());
        if (left == 0) {
            return t;
        }
        if (d.isNegative()) {
            for (Instant minute = t.minus(MINUTE); ; minute = minute.minus(MINUTE)) {
                if (isOpenAt(minute) && --left == 0) {
                    return minute;
                }
            }
        }
        for (Instant minute = t; ; minute = minute.plus(MINUTE)) {
            if (isOpenAt(minute) && --left == 0) {
                return minute.plus(MINUTE);
            }
        }
    }
}
