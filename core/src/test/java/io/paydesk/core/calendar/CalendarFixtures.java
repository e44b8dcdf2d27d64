package io.paydesk.core.calendar;

import static java.time.DayOfWeek.SUNDAY;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/** Partner calendars used across the calendar tests, built by intent. */
public final class CalendarFixtures {

    static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
    static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");
    static final ZoneId TASHKENT = ZoneId.of("Asia/Tashkent");
    static final ZoneId SANTIAGO = ZoneId.of("America/Santiago");

    /** Poland's public holidays in 2026 (Easter is 5 April; 24 December is a holiday since 2025). */
    public static final List<Holiday> POLAND_2026 = List.of(
            new Holiday(LocalDate.of(2026, 1, 1), "Nowy Rok"),
            new Holiday(LocalDate.of(2026, 1, 6), "Trzech Króli"),
            new Holiday(LocalDate.of(2026, 4, 5), "Wielkanoc"),
            new Holiday(LocalDate.of(2026, 4, 6), "Poniedziałek Wielkanocny"),
            new Holiday(LocalDate.of(2026, 5, 1), "Święto Pracy"),
            new Holiday(LocalDate.of(2026, 5, 3), "Święto Konstytucji 3 Maja"),
            new Holiday(LocalDate.of(2026, 5, 24), "Zielone Świątki"),
            new Holiday(LocalDate.of(2026, 6, 4), "Boże Ciało"),
            new Holiday(LocalDate.of(2026, 8, 15), "Wniebowzięcie NMP"),
            new Holiday(LocalDate.of(2026, 11, 1), "Wszystkich Świętych"),
            new Holiday(LocalDate.of(2026, 11, 11), "Narodowe Święto Niepodległości"),
            new Holiday(LocalDate.of(2026, 12, 24), "Wigilia"),
            new Holiday(LocalDate.of(2026, 12, 25), "Boże Narodzenie"),
            new Holiday(LocalDate.of(2026, 12, 26), "Drugi dzień Bożego Narodzenia"));

    private CalendarFixtures() {
    }

    static LocalTime at(int hour, int minute) {
        return LocalTime.of(hour, minute);
    }

    static Instant local(ZoneId zone, int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(zone).toInstant();
    }

    /** Bank Wiślany: 09:00–17:00 Monday to Friday, Polish holidays 2026, and 2 January 2026 off as a bridge day. */
    public static BusinessCalendar warsawOfficeHours() {
        return BusinessCalendar.inZone("Europe/Warsaw")
                .mondayToFriday(at(9, 0), at(17, 0))
                .holidays(POLAND_2026)
                .dayOff(LocalDate.of(2026, 1, 2))
                .build().orElseThrow();
    }

    /** Turon Card Bank: 09:00–18:00 Monday to Friday, Independence Day on 1 September, a working Saturday on 10 January 2026. */
    static BusinessCalendar tashkentOfficeHours() {
        return BusinessCalendar.inZone("Asia/Tashkent")
                .mondayToFriday(at(9, 0), at(18, 0))
                .holiday(LocalDate.of(2026, 9, 1), "Mustaqillik kuni")
                .workingDay(LocalDate.of(2026, 1, 10), at(9, 0), at(13, 0))
                .build().orElseThrow();
    }

    /** Dnipro Payments: 09:00–13:00 and 14:00–18:00 Monday to Friday, plus a Sunday night shift 00:00–06:00 across the clock changes. */
    static BusinessCalendar kyivWithLunchAndSundayNights() {
        return BusinessCalendar.inZone("Europe/Kyiv")
                .mondayToFriday(at(9, 0), at(13, 0))
                .mondayToFriday(at(14, 0), at(18, 0))
                .hours(SUNDAY, at(0, 0), at(6, 0))
                .build().orElseThrow();
    }

    static BusinessCalendar kyivAroundTheClock() {
        return BusinessCalendar.inZone("Europe/Kyiv").twentyFourSeven().build().orElseThrow();
    }

    /**
     * A night desk in Santiago, whose clocks change at midnight: 22:00–24:00 and 00:00–06:00 every day,
     * so windows run across midnight and through both clock changes (5 April and 6 September 2026).
     */
    static BusinessCalendar santiagoNightDesk() {
        return BusinessCalendar.inZone("America/Santiago")
                .hours(java.util.EnumSet.allOf(java.time.DayOfWeek.class), at(22, 0), LocalTime.MAX)
                .hours(java.util.EnumSet.allOf(java.time.DayOfWeek.class), at(0, 0), at(6, 0))
                .build().orElseThrow();
    }

    /** Warsaw office hours plus an early shift on 29 March 2026 whose start, 02:30, does not exist that night. */
    static BusinessCalendar warsawWithAShiftStartingInTheGap() {
        return BusinessCalendar.inZone("Europe/Warsaw")
                .mondayToFriday(at(9, 0), at(17, 0))
                .holidays(POLAND_2026)
                .workingDay(LocalDate.of(2026, 3, 29), at(2, 30), at(9, 0))
                .build().orElseThrow();
    }

    /** Every calendar above: the property tests run on all of them. */
    static List<BusinessCalendar> all() {
        return List.of(warsawOfficeHours(), tashkentOfficeHours(), kyivWithLunchAndSundayNights(),
                kyivAroundTheClock(), santiagoNightDesk(), warsawWithAShiftStartingInTheGap());
    }
}
