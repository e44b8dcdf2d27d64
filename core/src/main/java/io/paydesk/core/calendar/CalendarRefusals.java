package io.paydesk.core.calendar;

/**
 * The message keys of every refusal a business calendar can give while it is being defined. Each
 * {@link io.paydesk.core.common.Refusal} names the field (for example {@code hours.MONDAY},
 * {@code workingDays.2026-03-07}, {@code zone}) and the rejected value as the user typed it.
 */
public final class CalendarRefusals {

    /** The zone is not an IANA time-zone id known to this JVM's tz database. */
    public static final String UNKNOWN_ZONE = "paydesk.error.calendar.unknownZone";
    /** The zone is a fixed offset ({@code +05:00}, {@code Z}), not a region that follows its country's clock changes. */
    public static final String OFFSET_NOT_ZONE = "paydesk.error.calendar.offsetNotZone";
    /** A working interval does not end after it starts (24:00 is written {@code LocalTime.MAX}). */
    public static final String INTERVAL_ORDER = "paydesk.error.calendar.intervalOrder";
    /** A working interval has a fraction of a second: calendars are kept to the second. */
    public static final String TIME_PRECISION = "paydesk.error.calendar.timePrecision";
    /** Two working intervals of the same day overlap. */
    public static final String OVERLAP = "paydesk.error.calendar.overlap";
    /** No working interval on any weekday, and not 24/7. */
    public static final String EMPTY_WEEK = "paydesk.error.calendar.emptyWeek";
    /** 24/7 was chosen and weekly working hours were given as well. */
    public static final String ALL_DAY_WITH_HOURS = "paydesk.error.calendar.allDayWithHours";
    /** The same date is an extra working day and an extra day off. */
    public static final String WORKING_DAY_ALSO_OFF = "paydesk.error.calendar.workingDayAlsoOff";
    /** A date outside the years a calendar supports ({@value BusinessCalendar#FIRST_YEAR} to {@value BusinessCalendar#LAST_YEAR}). */
    public static final String DATE_OUT_OF_RANGE = "paydesk.error.calendar.dateOutOfRange";
    /** The holiday source does not know the country. */
    public static final String UNKNOWN_COUNTRY = "paydesk.error.calendar.unknownCountry";
    /**
     * The holiday source knows the country but not the year (field {@code year}); arguments: the country,
     * the first and the last year it covers.
     */
    public static final String YEAR_NOT_COVERED = "paydesk.error.calendar.yearNotCovered";

    /** A calendar's name is not 1 to 64 lower-case letters, digits and dashes, starting with a letter or digit. */
    public static final String NAME_FORMAT = "paydesk.error.calendar.nameFormat";
    /** The years of national holidays are not a range such as {@code 2024-2030}, or span more years than allowed (argument). */
    public static final String YEARS_RANGE = "paydesk.error.calendar.yearsRange";
    /** Years of national holidays were given without a country. */
    public static final String YEARS_WITHOUT_COUNTRY = "paydesk.error.calendar.yearsWithoutCountry";
    /** A weekday's working hours are not intervals such as {@code 09:00-13:00, 14:00-18:00}. */
    public static final String HOURS_FORMAT = "paydesk.error.calendar.hoursFormat";
    /** A line is not a date in ISO form ({@code 2026-03-07}) with what the field expects after it. */
    public static final String DATE_LINE_FORMAT = "paydesk.error.calendar.dateLineFormat";
    /** The same date is listed twice in one field. */
    public static final String DUPLICATE_DATE = "paydesk.error.calendar.duplicateDate";

    private CalendarRefusals() {
    }
}
