package io.paydesk.core.calendar;

import static io.paydesk.core.calendar.CalendarFixtures.at;
import static java.time.DayOfWeek.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;

import io.paydesk.core.common.Outcome;
import io.paydesk.core.common.Refusal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class BusinessCalendarDefinitionTest {

    private static List<Refusal> refusalsOf(Outcome<BusinessCalendar> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Refused.class);
        return ((Outcome.Refused<BusinessCalendar>) outcome).refusals();
    }

    private static BusinessCalendarBuilder warsawNineToFive() {
        return BusinessCalendar.inZone("Europe/Warsaw").mondayToFriday(at(9, 0), at(17, 0));
    }

    @Test
    void aZoneThatIsNotInTheTzDatabaseIsRefused() {
        assertThat(refusalsOf(BusinessCalendar.inZone("Mars/Olympus_Mons").mondayToFriday(at(9, 0), at(17, 0)).build()))
                .containsExactly(Refusal.of("zone", "Mars/Olympus_Mons", CalendarRefusals.UNKNOWN_ZONE));
        assertThat(refusalsOf(BusinessCalendar.inZone(" ").mondayToFriday(at(9, 0), at(17, 0)).build()))
                .containsExactly(Refusal.of("zone", "", CalendarRefusals.UNKNOWN_ZONE));
    }

    @Test
    void aFixedOffsetIsRefusedBecauseItIgnoresTheCountrysClockChanges() {
        assertThat(refusalsOf(BusinessCalendar.inZone("+05:00").mondayToFriday(at(9, 0), at(17, 0)).build()))
                .containsExactly(Refusal.of("zone", "+05:00", CalendarRefusals.OFFSET_NOT_ZONE));
    }

    @Test
    void anIntervalMustEndAfterItStartsAndMidnightAsAnEndIsWritten2400() {
        assertThat(refusalsOf(BusinessCalendar.inZone("Europe/Warsaw")
                        .hours(MONDAY, at(17, 0), at(9, 0))
                        .hours(java.time.DayOfWeek.TUESDAY, at(9, 0), LocalTime.MIDNIGHT)
                        .build()))
                .containsExactly(
                        Refusal.of("hours.MONDAY", "17:00-09:00", CalendarRefusals.INTERVAL_ORDER),
                        Refusal.of("hours.TUESDAY", "09:00-00:00", CalendarRefusals.INTERVAL_ORDER));
        assertThat(BusinessCalendar.inZone("Europe/Warsaw").hours(MONDAY, at(9, 0), LocalTime.MAX).build()
                .orElseThrow().weeklyHours().get(MONDAY)).hasToString("[09:00-24:00]");
    }

    @Test
    void overlappingIntervalsOnOneDayAreRefusedButTouchingOnesAreFine() {
        assertThat(refusalsOf(warsawNineToFive().hours(MONDAY, at(16, 0), at(20, 0)).build()))
                .containsExactly(Refusal.of("hours.MONDAY", "09:00-17:00, 16:00-20:00", CalendarRefusals.OVERLAP));
        assertThat(warsawNineToFive().hours(MONDAY, at(17, 0), at(20, 0)).build())
                .isInstanceOf(Outcome.Accepted.class);
    }

    @Test
    void aWeekWithoutWorkingHoursIsRefused() {
        assertThat(refusalsOf(BusinessCalendar.inZone("Asia/Tashkent").holiday(LocalDate.of(2026, 9, 1)).build()))
                .containsExactly(Refusal.of("hours", "", CalendarRefusals.EMPTY_WEEK));
    }

    @Test
    void aroundTheClockAndWeeklyHoursTogetherAreRefused() {
        assertThat(refusalsOf(warsawNineToFive().twentyFourSeven().build()))
                .extracting(Refusal::field, Refusal::reasonKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("hours", CalendarRefusals.ALL_DAY_WITH_HOURS));
    }

    @Test
    void timesFinerThanASecondAreRefused() {
        assertThat(refusalsOf(BusinessCalendar.inZone("Europe/Warsaw").hours(MONDAY, at(9, 0).plusNanos(500), at(17, 0)).build()))
                .extracting(Refusal::reasonKey).containsExactly(CalendarRefusals.TIME_PRECISION);
    }

    @Test
    void aDateCannotBeBothAnExtraWorkingDayAndAnExtraDayOff() {
        LocalDate saturday = LocalDate.of(2026, 3, 7);

        assertThat(refusalsOf(warsawNineToFive().workingDay(saturday, at(9, 0), at(13, 0)).dayOff(saturday).build()))
                .containsExactly(Refusal.of("workingDays.2026-03-07", "2026-03-07", CalendarRefusals.WORKING_DAY_ALSO_OFF));
    }

    @Test
    void anExtraWorkingDaysOwnIntervalsAreCheckedLikeWeeklyOnes() {
        assertThat(refusalsOf(warsawNineToFive()
                        .workingDay(LocalDate.of(2026, 3, 7), at(9, 0), at(13, 0))
                        .workingDay(LocalDate.of(2026, 3, 7), at(12, 0), at(14, 0))
                        .build()))
                .containsExactly(Refusal.of("workingDays.2026-03-07", "09:00-13:00, 12:00-14:00", CalendarRefusals.OVERLAP));
    }

    @Test
    void datesOutsideTheSupportedYearsAreRefusedWithTheRange() {
        assertThat(refusalsOf(warsawNineToFive().holiday(LocalDate.of(2300, 1, 1)).dayOff(LocalDate.of(1899, 12, 31)).build()))
                .containsExactly(
                        Refusal.of("holidays", "2300-01-01", CalendarRefusals.DATE_OUT_OF_RANGE, "1900", "2199"),
                        Refusal.of("daysOff", "1899-12-31", CalendarRefusals.DATE_OUT_OF_RANGE, "1900", "2199"));
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        List<Refusal> refusals = refusalsOf(BusinessCalendar.inZone("Europe/Varsovia")
                .hours(MONDAY, at(17, 0), at(9, 0))
                .workingDay(LocalDate.of(2026, 3, 7), at(13, 0), at(12, 0))
                .build());

        assertThat(refusals).extracting(Refusal::field)
                .containsExactly("zone", "hours.MONDAY", "workingDays.2026-03-07");
    }

    @Test
    void anExtraWorkingDayWinsOverAHolidayOnTheSameDate() {
        LocalDate independenceDay = LocalDate.of(2026, 11, 11);
        BusinessCalendar calendar = warsawNineToFive()
                .holiday(independenceDay, "Narodowe Święto Niepodległości")
                .workingDay(independenceDay, at(10, 0), at(14, 0))
                .build().orElseThrow();

        assertThat(calendar.hoursOn(independenceDay)).containsExactly(WorkingHours.of(at(10, 0), at(14, 0)));
        assertThat(calendar.hoursOn(LocalDate.of(2026, 11, 12))).containsExactly(WorkingHours.of(at(9, 0), at(17, 0)));
    }

    @Test
    void twoHolidaysOnOneDateKeepBothNames() {
        LocalDate date = LocalDate.of(2026, 4, 5);
        BusinessCalendar calendar = warsawNineToFive().holiday(date, "Wielkanoc").holiday(date, "Easter Sunday").holiday(date)
                .build().orElseThrow();

        assertThat(calendar.holidays()).containsExactly(new Holiday(date, "Wielkanoc, Easter Sunday"));
    }

    @Test
    void calendarsWithTheSameDefinitionAreEqualAndLaterBuilderChangesDoNotLeakIn() {
        BusinessCalendarBuilder builder = warsawNineToFive().holiday(LocalDate.of(2026, 11, 11), "Niepodległość");
        BusinessCalendar first = builder.build().orElseThrow();
        BusinessCalendar second = builder.build().orElseThrow();
        builder.dayOff(LocalDate.of(2026, 11, 12));

        assertThat(first).isEqualTo(second).hasSameHashCodeAs(second);
        assertThat(first.extraDaysOff()).isEmpty();
        assertThat(builder.build().orElseThrow()).isNotEqualTo(first);
        assertThat(first.weeklyHours().get(java.time.DayOfWeek.SATURDAY)).isEmpty();
    }

    @Test
    void holidaysComeFromAHolidaySourceByCountryAndYear() {
        HolidaySource source = (country, year) -> country.equals("UZ")
                ? Outcome.accepted(List.of(new Holiday(LocalDate.of(year, 9, 1), "Mustaqillik kuni")))
                : Outcome.refused(Refusal.of("country", country, CalendarRefusals.UNKNOWN_COUNTRY));

        BusinessCalendar tashkent = BusinessCalendar.inZone("Asia/Tashkent").mondayToFriday(at(9, 0), at(18, 0))
                .holidaysFrom(source, "UZ", 2025, 2027)
                .build().orElseThrow();

        assertThat(tashkent.holidays()).extracting(Holiday::date)
                .containsExactly(LocalDate.of(2025, 9, 1), LocalDate.of(2026, 9, 1), LocalDate.of(2027, 9, 1));
        assertThat(refusalsOf(BusinessCalendar.inZone("Asia/Tashkent").mondayToFriday(at(9, 0), at(18, 0))
                        .holidaysFrom(source, "XX", 2025, 2027).build()))
                .containsExactly(Refusal.of("country", "XX", CalendarRefusals.UNKNOWN_COUNTRY));
    }
}
