package io.paydesk.core.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * When a partner bank's contract clock runs: working hours per weekday in the partner's IANA time zone,
 * public holidays, and overrides for single dates (an extra working day such as a working Saturday or a
 * government-moved day, with its own hours; an extra day off). Immutable and thread-safe; built and
 * checked by {@link #inZone(String)}.
 *
 * <h2>Which hours a date has</h2>
 * An extra working day's own hours, else none on a holiday or extra day off, else the weekday's hours.
 * So an extra working day wins over a holiday on the same date (the government moved it); a date that is
 * both an extra working day and an extra day off is refused.
 *
 * <h2>Wall-clock time and daylight saving</h2>
 * Every working interval is turned into a window on the timeline from its local date and local times in
 * the calendar's zone, never the server's: a boundary that falls into a DST gap moves forward to the end
 * of the gap, one that falls into an overlap takes the earlier offset (see {@link WallClock}). So a working
 * day that spans a clock change is an hour shorter or longer, exactly as the clock on the wall shows it.
 *
 * <h2>Calculations</h2>
 * {@link #within} and {@link #after} are exact to the nanosecond and take a few tens of nanoseconds: the
 * calendar keeps its windows by chunks of the timeline with running totals (see {@link WindowIndex}),
 * built lazily, so nothing steps through time. Moments from {@link #EARLIEST} to {@link #LATEST} are
 * supported; outside that range the methods throw {@link IllegalArgumentException}.
 */
public final class BusinessCalendar {

    /** The first and last years whose dates a calendar may name. */
    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2199;
    /** The supported stretch of the timeline, both ends included. */
    public static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    public static final Instant LATEST = Instant.parse("2200-01-01T00:00:00Z");

    private final ZoneId zone;
    private final Map<DayOfWeek, List<WorkingHours>> week;
    private final NavigableMap<LocalDate, Holiday> holidays;
    private final NavigableMap<LocalDate, List<WorkingHours>> extraWorkingDays;
    private final NavigableSet<LocalDate> extraDaysOff;
    private final WindowIndex index;

    BusinessCalendar(ZoneId zone, Map<DayOfWeek, List<WorkingHours>> week, Map<LocalDate, Holiday> holidays,
            Map<LocalDate, List<WorkingHours>> extraWorkingDays, Set<LocalDate> extraDaysOff) {
        this.zone = Objects.requireNonNull(zone, "zone");
        EnumMap<DayOfWeek, List<WorkingHours>> days = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            days.put(day, sorted(week.getOrDefault(day, List.of())));
        }
        this.week = Collections.unmodifiableMap(days);
        this.holidays = Collections.unmodifiableNavigableMap(new TreeMap<>(holidays));
        TreeMap<LocalDate, List<WorkingHours>> extra = new TreeMap<>();
        extraWorkingDays.forEach((date, hours) -> extra.put(date, sorted(hours)));
        this.extraWorkingDays = Collections.unmodifiableNavigableMap(extra);
        this.extraDaysOff = Collections.unmodifiableNavigableSet(new TreeSet<>(extraDaysOff));
        this.index = new WindowIndex(EARLIEST, LATEST, new WallClock(zone.getRules()), this::hoursOn);
    }

    private static List<WorkingHours> sorted(List<WorkingHours> hours) {
        List<WorkingHours> copy = new ArrayList<>(hours);
        Collections.sort(copy);
        return List.copyOf(copy);
    }

    /** Starts a calendar in an IANA zone id such as {@code Europe/Warsaw}; an unknown id is refused at {@code build()}. */
    public static BusinessCalendarBuilder inZone(String zoneId) {
        return new BusinessCalendarBuilder(zoneId);
    }

    public static BusinessCalendarBuilder inZone(ZoneId zone) {
        return new BusinessCalendarBuilder(Objects.requireNonNull(zone, "zone").getId());
    }

    /** Business time from {@code a} to {@code b}; negative when {@code b} is before {@code a}, so that
     * {@code within(a, b) + within(b, c) == within(a, c)} for any three moments. */
    public Duration within(Instant a, Instant b) {
        return index.within(a, b);
    }

    /**
     * The moment when {@code d} of business time has passed since {@code t}: the earliest such moment,
     * so a goal that uses up a working day ends at 17:00 that day, not at 09:00 the next. For
     * {@code d == 0} it is {@code t} itself, even outside working hours (use {@link #nextOpening} for the
     * moment the clock starts). A negative {@code d} counts back: the latest moment with {@code -d} of
     * business time before {@code t}. In every case {@code within(t, after(t, d)) == d}.
     */
    public Instant after(Instant t, Duration d) {
        Objects.requireNonNull(d, "d");
        return index.after(t, d);
    }

    /** Whether {@code t} is business time. */
    public boolean isOpenAt(Instant t) {
        return index.isOpenAt(t);
    }

    /** {@code t} when it is business time, else the start of the next working window. */
    public Instant nextOpening(Instant t) {
        return index.nextOpening(t);
    }

    /** The working windows between two moments, clipped to them, in order; windows that touch are joined. */
    public List<TimeWindow> windows(Instant from, Instant to) {
        return index.windows(from, to);
    }

    /** The working hours a local date has, after holidays and overrides; empty on a day off. */
    public List<WorkingHours> hoursOn(LocalDate date) {
        List<WorkingHours> extra = extraWorkingDays.get(date);
        if (extra != null) {
            return extra;
        }
        if (holidays.containsKey(date) || extraDaysOff.contains(date)) {
            return List.of();
        }
        return week.get(date.getDayOfWeek());
    }

    /**
     * Whether a local date of this calendar is a working day: it has working hours after holidays and
     * overrides (a working weekday that is no holiday or extra day off, or an extra working day).
     */
    public boolean isWorkingDay(LocalDate date) {
        return !hoursOn(date).isEmpty();
    }

    public ZoneId zone() {
        return zone;
    }

    /** The hours of each weekday, every weekday present (empty when it is a day off), intervals in order. */
    public Map<DayOfWeek, List<WorkingHours>> weeklyHours() {
        return week;
    }

    /** Whether every weekday is worked 00:00–24:00. Holidays and overrides, if any, still apply. */
    public boolean isTwentyFourSeven() {
        return week.values().stream().allMatch(hours -> hours.equals(List.of(WorkingHours.ALL_DAY)));
    }

    /** The holidays, in date order. */
    public List<Holiday> holidays() {
        return List.copyOf(holidays.values());
    }

    public NavigableMap<LocalDate, List<WorkingHours>> extraWorkingDays() {
        return extraWorkingDays;
    }

    public NavigableSet<LocalDate> extraDaysOff() {
        return extraDaysOff;
    }

    /** Two calendars are equal when they define the same hours, holidays (with names) and overrides in the same zone. */
    @Override
    public boolean equals(Object o) {
        return o instanceof BusinessCalendar other
                && zone.equals(other.zone)
                && week.equals(other.week)
                && holidays.equals(other.holidays)
                && extraWorkingDays.equals(other.extraWorkingDays)
                && extraDaysOff.equals(other.extraDaysOff);
    }

    @Override
    public int hashCode() {
        return Objects.hash(zone, week, holidays, extraWorkingDays, extraDaysOff);
    }

    @Override
    public String toString() {
        return "BusinessCalendar[" + zone + ", " + (isTwentyFourSeven() ? "24/7" : week)
                + ", " + holidays.size() + " holidays, extra working days " + extraWorkingDays.keySet()
                + ", extra days off " + extraDaysOff + "]";
    }
}
