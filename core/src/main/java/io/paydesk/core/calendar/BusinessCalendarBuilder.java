package io.paydesk.core.calendar;

import io.paydesk.core.common.Outcome;
import io.paydesk.core.common.Refusal;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Collects a calendar's definition as an administrator entered it and checks all of it at once in
 * {@link #build()}, which returns every refusal, each naming its field ({@code zone}, {@code hours},
 * {@code hours.MONDAY}, {@code workingDays.2026-03-07}, {@code holidays}, {@code daysOff},
 * {@code country}) and the rejected value. Not thread-safe; the calendar it builds is.
 */
public final class BusinessCalendarBuilder {

    private record Span(LocalTime start, LocalTime end) {
    }

    private final String zoneId;
    private final Map<DayOfWeek, List<Span>> hours = new EnumMap<>(DayOfWeek.class);
    private boolean allDay;
    private final Map<LocalDate, Holiday> holidays = new TreeMap<>();
    private final Map<LocalDate, List<Span>> workingDays = new TreeMap<>();
    private final Set<LocalDate> daysOff = new TreeSet<>();
    private final List<Refusal> sourceRefusals = new ArrayList<>();

    BusinessCalendarBuilder(String zoneId) {
        this.zoneId = zoneId;
    }

    /** A working interval on a weekday; call again for more intervals (a lunch break is two intervals). */
    public BusinessCalendarBuilder hours(DayOfWeek day, LocalTime start, LocalTime end) {
        hours.computeIfAbsent(day, d -> new ArrayList<>()).add(new Span(start, end));
        return this;
    }

    /** The same working interval on several weekdays. */
    public BusinessCalendarBuilder hours(Set<DayOfWeek> days, LocalTime start, LocalTime end) {
        for (DayOfWeek day : EnumSet.copyOf(days)) {
            hours(day, start, end);
        }
        return this;
    }

    /** The same working interval Monday to Friday. */
    public BusinessCalendarBuilder mondayToFriday(LocalTime start, LocalTime end) {
        return hours(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), start, end);
    }

    /** Every weekday 00:00–24:00, instead of weekly hours; holidays and overrides still apply if given. */
    public BusinessCalendarBuilder twentyFourSeven() {
        allDay = true;
        return this;
    }

    /** A day off with the holiday's name; two holidays on one date keep both names. */
    public BusinessCalendarBuilder holiday(Holiday holiday) {
        holidays.merge(holiday.date(), holiday, (a, b) -> a.name().isEmpty() ? b
                : b.name().isEmpty() || a.name().equals(b.name()) ? a
                : new Holiday(a.date(), a.name() + ", " + b.name()));
        return this;
    }

    public BusinessCalendarBuilder holiday(LocalDate date, String name) {
        return holiday(new Holiday(date, name));
    }

    public BusinessCalendarBuilder holiday(LocalDate date) {
        return holiday(new Holiday(date, ""));
    }

    public BusinessCalendarBuilder holidays(Collection<Holiday> list) {
        list.forEach(this::holiday);
        return this;
    }

    /** The public holidays of a country for a range of years, from a holiday source; its refusals are kept for {@link #build()}. */
    public BusinessCalendarBuilder holidaysFrom(HolidaySource source, String countryCode, int firstYear, int lastYear) {
        for (int year = firstYear; year <= lastYear; year++) {
            switch (source.holidays(countryCode, year)) {
                case Outcome.Accepted<List<Holiday>> accepted -> holidays(accepted.value());
                case Outcome.Refused<List<Holiday>> refused -> {
                    sourceRefusals.addAll(refused.refusals());
                    return this;
                }
            }
        }
        return this;
    }

    /**
     * An extra working day with its own hours (a working Saturday, a day the government moved): replaces
     * the weekday's hours and any holiday on that date. Call again for more intervals on the same date.
     */
    public BusinessCalendarBuilder workingDay(LocalDate date, LocalTime start, LocalTime end) {
        workingDays.computeIfAbsent(date, d -> new ArrayList<>()).add(new Span(start, end));
        return this;
    }

    /** An extra day off on a date that would otherwise be worked. */
    public BusinessCalendarBuilder dayOff(LocalDate date) {
        daysOff.add(date);
        return this;
    }

    /** Checks everything; the calendar, or every refusal found. */
    public Outcome<BusinessCalendar> build() {
        List<Refusal> refusals = new ArrayList<>(sourceRefusals);
        ZoneId zone = zone(refusals);

        Map<DayOfWeek, List<WorkingHours>> week = new EnumMap<>(DayOfWeek.class);
        if (allDay) {
            if (!hours.isEmpty()) {
                refusals.add(Refusal.of("hours", describe(hours), CalendarRefusals.ALL_DAY_WITH_HOURS));
            }
            for (DayOfWeek day : DayOfWeek.values()) {
                week.put(day, List.of(WorkingHours.ALL_DAY));
            }
        } else if (hours.isEmpty()) {
            refusals.add(Refusal.of("hours", "", CalendarRefusals.EMPTY_WEEK));
        } else {
            hours.forEach((day, spans) -> week.put(day, intervals("hours." + day, spans, refusals)));
        }

        Map<LocalDate, List<WorkingHours>> extraWorkingDays = new TreeMap<>();
        workingDays.forEach((date, spans) -> {
            String field = "workingDays." + date;
            if (inRange(field, date, refusals)) {
                extraWorkingDays.put(date, intervals(field, spans, refusals));
            }
            if (daysOff.contains(date)) {
                refusals.add(Refusal.of(field, date.toString(), CalendarRefusals.WORKING_DAY_ALSO_OFF));
            }
        });
        holidays.keySet().forEach(date -> inRange("holidays", date, refusals));
        daysOff.forEach(date -> inRange("daysOff", date, refusals));

        if (!refusals.isEmpty()) {
            return Outcome.refused(refusals);
        }
        return Outcome.accepted(new BusinessCalendar(zone, week, holidays, extraWorkingDays, daysOff));
    }

    private ZoneId zone(List<Refusal> refusals) {
        if (zoneId == null || zoneId.isBlank()) {
            refusals.add(Refusal.of("zone", "", CalendarRefusals.UNKNOWN_ZONE));
            return null;
        }
        try {
            ZoneId zone = ZoneId.of(zoneId.strip());
            if (zone instanceof ZoneOffset) {
                refusals.add(Refusal.of("zone", zoneId, CalendarRefusals.OFFSET_NOT_ZONE));
                return null;
            }
            return zone;
        } catch (DateTimeException e) {
            refusals.add(Refusal.of("zone", zoneId, CalendarRefusals.UNKNOWN_ZONE));
            return null;
        }
    }

    /** The intervals of one day, each checked, then checked against each other for overlaps. */
    private static List<WorkingHours> intervals(String field, List<Span> spans, List<Refusal> refusals) {
        List<WorkingHours> valid = new ArrayList<>();
        for (Span span : spans) {
            switch (WorkingHours.check(field, span.start(), span.end())) {
                case Outcome.Accepted<WorkingHours> accepted -> valid.add(accepted.value());
                case Outcome.Refused<WorkingHours> refused -> refusals.addAll(refused.refusals());
            }
        }
        valid.sort(null);
        for (int i = 1; i < valid.size(); i++) {
            if (valid.get(i - 1).overlaps(valid.get(i))) {
                refusals.add(Refusal.of(field, valid.get(i - 1) + ", " + valid.get(i), CalendarRefusals.OVERLAP));
            }
        }
        return valid;
    }

    private static boolean inRange(String field, LocalDate date, List<Refusal> refusals) {
        if (date.getYear() < BusinessCalendar.FIRST_YEAR || date.getYear() > BusinessCalendar.LAST_YEAR) {
            refusals.add(Refusal.of(field, date.toString(), CalendarRefusals.DATE_OUT_OF_RANGE,
                    Integer.toString(BusinessCalendar.FIRST_YEAR), Integer.toString(BusinessCalendar.LAST_YEAR)));
            return false;
        }
        return true;
    }

    private static String describe(Map<DayOfWeek, List<Span>> hours) {
        Map<DayOfWeek, List<String>> shown = new LinkedHashMap<>();
        hours.forEach((day, spans) -> shown.put(day, spans.stream()
                .map(s -> WorkingHours.format(s.start()) + "-" + WorkingHours.format(s.end())).toList()));
        return shown.toString();
    }
}
