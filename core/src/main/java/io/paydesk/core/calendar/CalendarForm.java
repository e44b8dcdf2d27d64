package io.paydesk.core.calendar;

import io.paydesk.core.common.Outcome;
import io.paydesk.core.common.Refusal;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A business calendar as an administrator typed it on the admin page. {@link #check(HolidaySource)} reads
 * every field and builds the calendar, naming each wrong field with its value and the reason; nothing is
 * accepted until all of it is right.
 *
 * <h2>What each field takes</h2>
 * <ul>
 *   <li>{@code hours.MONDAY} … {@code hours.SUNDAY}: that weekday's working intervals, comma-separated,
 *       {@code 09:00-13:00, 14:00-18:00}; {@code 24:00} ends at midnight; empty for a day off;</li>
 *   <li>{@code twentyFourSeven}: {@code true} (a checkbox's {@code on}) for every day 00:00–24:00;</li>
 *   <li>{@code country}: ISO 3166 code whose public holidays apply, empty for none; {@code years}: the years
 *       of those holidays, {@code 2024-2030} or one year {@code 2026};</li>
 *   <li>{@code holidays}: one custom day off a line, {@code 2026-12-24 Christmas Eve} (the name may be left out);</li>
 *   <li>{@code workingDays}: one extra working date a line with its hours, {@code 2026-03-07 09:00-14:00};</li>
 *   <li>{@code daysOff}: one extra day off a line, {@code 2026-05-04}.</li>
 * </ul>
 */
public record CalendarForm(String name, String zone, String twentyFourSeven, Map<DayOfWeek, String> hours,
        String country, String years, String holidays, String workingDays, String daysOff) {

    /** The form's field names, in the order the page shows them. */
    public static final List<String> FIELDS = List.of("name", "zone", "twentyFourSeven", "hours.MONDAY",
            "hours.TUESDAY", "hours.WEDNESDAY", "hours.THURSDAY", "hours.FRIDAY", "hours.SATURDAY", "hours.SUNDAY",
            "country", "years", "holidays", "workingDays", "daysOff");

    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})(?::(\\d{2}))?");
    private static final Pattern INTERVAL = Pattern.compile("(\\S+?)\\s*-\\s*(\\S+)");
    private static final Pattern YEARS = Pattern.compile("(\\d{4})(?:\\s*-\\s*(\\d{4}))?");
    private static final Pattern DATE_LINE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:\\s+(.*))?");

    public CalendarForm {
        name = trim(name).toLowerCase(Locale.ROOT);
        zone = trim(zone);
        twentyFourSeven = trim(twentyFourSeven);
        EnumMap<DayOfWeek, String> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            week.put(day, trim(hours == null ? null : hours.get(day)));
        }
        hours = java.util.Collections.unmodifiableMap(week);
        country = trim(country).toUpperCase(Locale.ROOT);
        years = trim(years);
        holidays = trim(holidays);
        workingDays = trim(workingDays);
        daysOff = trim(daysOff);
    }

    /** A blank form: Monday to Friday 09:00-18:00, no holidays. */
    public static CalendarForm blank() {
        Map<DayOfWeek, String> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            week.put(day, day.getValue() <= 5 ? "09:00-18:00" : "");
        }
        return new CalendarForm("", "", "", week, "", "", "", "", "");
    }

    /** The form showing a stored definition, to edit it. */
    public static CalendarForm of(CalendarDefinition definition) {
        Map<DayOfWeek, String> week = new EnumMap<>(DayOfWeek.class);
        definition.hours().forEach((day, list) -> week.put(day, joined(list)));
        String years = !definition.hasCountry() ? ""
                : definition.firstYear() == definition.lastYear() ? Integer.toString(definition.firstYear())
                : definition.firstYear() + "-" + definition.lastYear();
        return new CalendarForm(definition.name(), definition.zone(), definition.twentyFourSeven() ? "true" : "",
                week, definition.country(), years,
                definition.holidays().stream().map(h -> (h.date() + " " + h.name()).strip()).collect(Collectors.joining("\n")),
                definition.workingDays().entrySet().stream().map(e -> e.getKey() + " " + joined(e.getValue()))
                        .collect(Collectors.joining("\n")),
                definition.daysOff().stream().map(LocalDate::toString).collect(Collectors.joining("\n")));
    }

    /** Reads the form from request parameters, named as in {@link #FIELDS} (absent ones are blank). */
    public static CalendarForm read(java.util.function.Function<String, String> parameter) {
        Map<DayOfWeek, String> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            week.put(day, parameter.apply("hours." + day));
        }
        return new CalendarForm(parameter.apply("name"), parameter.apply("zone"), parameter.apply("twentyFourSeven"),
                week, parameter.apply("country"), parameter.apply("years"), parameter.apply("holidays"),
                parameter.apply("workingDays"), parameter.apply("daysOff"));
    }

    public boolean isTwentyFourSeven() {
        return twentyFourSeven.equalsIgnoreCase("true") || twentyFourSeven.equalsIgnoreCase("on");
    }

    /** The definition as typed, or the refusals of the fields that cannot even be read. */
    public Outcome<CalendarDefinition> read() {
        List<Refusal> refusals = new ArrayList<>();
        Map<DayOfWeek, List<CalendarDefinition.Hours>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            String text = hours.get(day);
            if (!text.isEmpty()) {
                week.put(day, intervals("hours." + day, text, refusals));
            }
        }
        int first = 0;
        int last = 0;
        if (!years.isEmpty()) {
            Matcher m = YEARS.matcher(years);
            if (m.matches()) {
                first = Integer.parseInt(m.group(1));
                last = m.group(2) == null ? first : Integer.parseInt(m.group(2));
            } else {
                refusals.add(Refusal.of("years", years, CalendarRefusals.YEARS_RANGE,
                        Integer.toString(CalendarDefinition.MOST_YEARS)));
            }
        } else if (!country.isEmpty()) {
            refusals.add(Refusal.of("years", "", CalendarRefusals.YEARS_RANGE, Integer.toString(CalendarDefinition.MOST_YEARS)));
        }
        List<Holiday> customHolidays = new ArrayList<>();
        Set<LocalDate> holidayDates = new LinkedHashSet<>();
        for (String line : lines(holidays)) {
            Matcher m = DATE_LINE.matcher(line);
            LocalDate date = m.matches() ? date(m.group(1)) : null;
            if (date == null) {
                refusals.add(Refusal.of("holidays", line, CalendarRefusals.DATE_LINE_FORMAT));
            } else if (!holidayDates.add(date)) {
                refusals.add(Refusal.of("holidays", line, CalendarRefusals.DUPLICATE_DATE));
            } else {
                customHolidays.add(new Holiday(date, m.group(2)));
            }
        }
        Map<LocalDate, List<CalendarDefinition.Hours>> extra = new LinkedHashMap<>();
        for (String line : lines(workingDays)) {
            Matcher m = DATE_LINE.matcher(line);
            LocalDate date = m.matches() ? date(m.group(1)) : null;
            if (date == null || m.group(2) == null) {
                refusals.add(Refusal.of("workingDays", line, CalendarRefusals.DATE_LINE_FORMAT));
            } else if (extra.containsKey(date)) {
                refusals.add(Refusal.of("workingDays", line, CalendarRefusals.DUPLICATE_DATE));
            } else {
                extra.put(date, intervals("workingDays", m.group(2), refusals));
            }
        }
        Set<LocalDate> off = new LinkedHashSet<>();
        for (String line : lines(daysOff)) {
            LocalDate date = date(line);
            if (date == null) {
                refusals.add(Refusal.of("daysOff", line, CalendarRefusals.DATE_LINE_FORMAT));
            } else if (!off.add(date)) {
                refusals.add(Refusal.of("daysOff", line, CalendarRefusals.DUPLICATE_DATE));
            }
        }
        if (!refusals.isEmpty()) {
            return Outcome.refused(refusals);
        }
        return Outcome.accepted(new CalendarDefinition(name, zone, isTwentyFourSeven(), week, country, first, last,
                customHolidays, extra, off));
    }

    /**
     * Reads and builds: the definition when the calendar it describes is valid, else every refusal, named by
     * this form's fields (see {@link #fieldOf}).
     */
    public Outcome<CalendarDefinition> check(HolidaySource source) {
        Outcome<CalendarDefinition> read = read();
        if (!(read instanceof Outcome.Accepted<CalendarDefinition> accepted)) {
            return read;
        }
        return switch (accepted.value().build(source)) {
            case Outcome.Accepted<BusinessCalendar> built -> accepted;
            case Outcome.Refused<BusinessCalendar> refused -> Outcome.refused(refused.refusals().stream()
                    .map(r -> new Refusal(fieldOf(r.field()), r.rejectedValue(), r.reasonKey(), r.arguments())).toList());
        };
    }

    /** The form field a definition's refusal belongs to: {@code workingDays.2026-03-07} is the {@code workingDays} box. */
    public static String fieldOf(String definitionField) {
        return definitionField.startsWith("workingDays.") ? "workingDays" : definitionField;
    }

    private static List<CalendarDefinition.Hours> intervals(String field, String text, List<Refusal> refusals) {
        List<CalendarDefinition.Hours> list = new ArrayList<>();
        for (String piece : text.split(",")) {
            Matcher m = INTERVAL.matcher(piece.strip());
            LocalTime start = m.matches() ? time(m.group(1)) : null;
            LocalTime end = m.matches() ? time(m.group(2)) : null;
            if (start == null || end == null) {
                refusals.add(Refusal.of(field, piece.strip(), CalendarRefusals.HOURS_FORMAT));
            } else {
                list.add(new CalendarDefinition.Hours(start, end));
            }
        }
        return list;
    }

    /** {@code 9:00}, {@code 09:00}, {@code 09:00:30}; {@code 24:00} is the end of the day; null if not a time. */
    public static LocalTime time(String text) {
        Matcher m = TIME.matcher(text);
        if (!m.matches()) {
            return null;
        }
        int h = Integer.parseInt(m.group(1));
        int min = Integer.parseInt(m.group(2));
        int s = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        if (h == 24 && min == 0 && s == 0) {
            return LocalTime.MAX;
        }
        if (h > 23 || min > 59 || s > 59) {
            return null;
        }
        return LocalTime.of(h, min, s);
    }

    /** An ISO date, or null. */
    public static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private static String joined(List<CalendarDefinition.Hours> list) {
        return list.stream().map(CalendarDefinition.Hours::toString).collect(Collectors.joining(", "));
    }

    private static String trim(String value) {
        return value == null ? "" : value.strip();
    }
}
