package io.paydesk.core.calendar;

import io.paydesk.core.common.Outcome;
import io.paydesk.core.common.Refusal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A business calendar as an administrator keeps it: the data a {@link BusinessCalendar} is built from, under
 * a name that SLA goals refer to. It may hold mistakes (an interval that ends before it starts, an unknown
 * zone); {@link #build(HolidaySource)} names every one of them with its field, so the same data can come from
 * a form, an import or the store.
 *
 * <p>Fields, as refusals name them: {@code name}, {@code zone}, {@code hours} (the week as a whole),
 * {@code hours.MONDAY} … {@code hours.SUNDAY}, {@code country}, {@code years}, {@code holidays},
 * {@code workingDays.2026-03-07}, {@code daysOff}.
 *
 * @param name          lower-case letters, digits and dashes, such as {@code pl-warsaw}
 * @param zone          an IANA region id, such as {@code Europe/Warsaw}
 * @param twentyFourSeven every weekday 00:00–24:00 (then {@code hours} must be empty)
 * @param hours         working intervals per weekday; a weekday that is absent or empty is a day off
 * @param country       ISO 3166 code of the country whose public holidays apply, or empty for none
 * @param firstYear     the first year of the country's holidays (0 when there is no country)
 * @param lastYear      the last year of the country's holidays (0 when there is no country)
 * @param holidays      custom days off with a name (company holidays, a decree's extra day)
 * @param workingDays   extra working dates with their own hours (a working Saturday, a moved day)
 * @param daysOff       extra days off without a name (a moved day off)
 */
public record CalendarDefinition(String name, String zone, boolean twentyFourSeven,
        Map<DayOfWeek, List<Hours>> hours, String country, int firstYear, int lastYear,
        List<Holiday> holidays, Map<LocalDate, List<Hours>> workingDays, Set<LocalDate> daysOff) {

    /** Calendar names: what goals and the JSON format refer to. */
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    /** At most this many years of national holidays in one calendar. */
    public static final int MOST_YEARS = 50;

    /** A working interval as entered; checked only when the calendar is built. 24:00 is {@link LocalTime#MAX}. */
    public record Hours(LocalTime start, LocalTime end) {

        public Hours {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
        }

        /** {@code 09:00-17:00}; {@code 24:00} for the end of the day; seconds only when present. */
        @Override
        public String toString() {
            return WorkingHours.format(start) + "-" + WorkingHours.format(end);
        }
    }

    public CalendarDefinition {
        name = name == null ? "" : name.strip();
        zone = zone == null ? "" : zone.strip();
        country = country == null ? "" : country.strip();
        EnumMap<DayOfWeek, List<Hours>> week = new EnumMap<>(DayOfWeek.class);
        hours.forEach((day, list) -> {
            if (!list.isEmpty()) {
                week.put(day, List.copyOf(list));
            }
        });
        hours = Collections.unmodifiableMap(week);
        holidays = List.copyOf(holidays);
        TreeMap<LocalDate, List<Hours>> extra = new TreeMap<>();
        workingDays.forEach((date, list) -> extra.put(date, List.copyOf(list)));
        workingDays = Collections.unmodifiableMap(extra);
        daysOff = Collections.unmodifiableSet(new TreeSet<>(daysOff));
    }

    public static boolean isName(String value) {
        return value != null && NAME.matcher(value).matches();
    }

    /** Whether national holidays apply. */
    public boolean hasCountry() {
        return !country.isEmpty();
    }

    /**
     * The calendar, or every refusal: the name's, the builder's ({@link CalendarRefusals}) and the holiday
     * source's, each naming the field as listed on this class.
     */
    public Outcome<BusinessCalendar> build(HolidaySource source) {
        List<Refusal> refusals = new ArrayList<>();
        if (!isName(name)) {
            refusals.add(Refusal.of("name", name, CalendarRefusals.NAME_FORMAT));
        }
        BusinessCalendarBuilder builder = BusinessCalendar.inZone(zone);
        if (twentyFourSeven) {
            builder.twentyFourSeven();
        }
        hours.forEach((day, list) -> list.forEach(h -> builder.hours(day, h.start(), h.end())));
        if (hasCountry()) {
            if (firstYear < BusinessCalendar.FIRST_YEAR || lastYear > BusinessCalendar.LAST_YEAR
                    || lastYear < firstYear || lastYear - firstYear >= MOST_YEARS) {
                refusals.add(Refusal.of("years", firstYear + "-" + lastYear, CalendarRefusals.YEARS_RANGE,
                        Integer.toString(MOST_YEARS)));
            } else {
                builder.holidaysFrom(source, country, firstYear, lastYear);
            }
        } else if (firstYear != 0 || lastYear != 0) {
            refusals.add(Refusal.of("country", "", CalendarRefusals.YEARS_WITHOUT_COUNTRY));
        }
        builder.holidays(holidays);
        workingDays.forEach((date, list) -> list.forEach(h -> builder.workingDay(date, h.start(), h.end())));
        daysOff.forEach(builder::dayOff);
        switch (builder.build()) {
            case Outcome.Accepted<BusinessCalendar> accepted -> {
                if (refusals.isEmpty()) {
                    return accepted;
                }
            }
            case Outcome.Refused<BusinessCalendar> refused -> refused.refusals().forEach(r -> refusals.add(
                    "year".equals(r.field()) ? new Refusal("years", r.rejectedValue(), r.reasonKey(), r.arguments()) : r));
        }
        return Outcome.refused(refusals);
    }
}
