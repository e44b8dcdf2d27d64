package io.paydesk.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import io.paydesk.core.common.Outcome;
import io.paydesk.core.common.Refusal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CalendarFormTest {

    private static final HolidaySource TABLES = new TableHolidaySource();

    private static Map<DayOfWeek, String> week(String weekdays, String saturday) {
        Map<DayOfWeek, String> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            week.put(day, day.getValue() <= 5 ? weekdays : day == DayOfWeek.SATURDAY ? saturday : "");
        }
        return week;
    }

    private static CalendarForm warsaw() {
        return new CalendarForm(" PL-Warsaw ", "Europe/Warsaw", "", week("09:00-13:00, 14:00-17:00", ""), "pl",
                "2025-2027", "2026-12-24 Christmas Eve (company)", "2026-03-07 10:00-14:00", "2026-05-04");
    }

    @Test
    void aCompleteFormBecomesACalendarWithItsHolidaysAndOverrides() {
        CalendarDefinition definition = warsaw().check(TABLES).orElseThrow();
        BusinessCalendar calendar = definition.build(TABLES).orElseThrow();

        assertThat(definition.name()).isEqualTo("pl-warsaw");
        assertThat(calendar.hoursOn(LocalDate.of(2026, 3, 9))).containsExactly(
                WorkingHours.of(LocalTime.of(9, 0), LocalTime.of(13, 0)), WorkingHours.of(LocalTime.of(14, 0), LocalTime.of(17, 0)));
        assertThat(calendar.hoursOn(LocalDate.of(2026, 3, 7))).containsExactly(WorkingHours.of(LocalTime.of(10, 0), LocalTime.of(14, 0)));
        assertThat(calendar.hoursOn(LocalDate.of(2026, 11, 11))).as("Polish Independence Day").isEmpty();
        assertThat(calendar.hoursOn(LocalDate.of(2026, 12, 24))).isEmpty();
        assertThat(calendar.hoursOn(LocalDate.of(2026, 5, 4))).isEmpty();
        assertThat(calendar.isOpenAt(Instant.parse("2026-03-09T08:30:00Z"))).as("09:30 in Warsaw").isTrue();
    }

    @Test
    void theFormOfAStoredDefinitionReadsBackToTheSameDefinition() {
        CalendarDefinition definition = warsaw().check(TABLES).orElseThrow();

        assertThat(CalendarForm.of(definition).check(TABLES).orElseThrow()).isEqualTo(definition);
    }

    @Test
    void twentyFourSevenNeedsNoHoursAndRefusesThem() {
        CalendarForm form = new CalendarForm("24x7", "UTC", "on", week("", ""), "", "", "", "", "");
        CalendarForm withHours = new CalendarForm("24x7", "UTC", "on", week("09:00-17:00", ""), "", "", "", "", "");

        assertThat(form.check(TABLES).orElseThrow().build(TABLES).orElseThrow().isTwentyFourSeven()).isTrue();
        assertThat(((Outcome.Refused<CalendarDefinition>) withHours.check(TABLES)).refusals())
                .extracting(Refusal::field, Refusal::reasonKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("hours", CalendarRefusals.ALL_DAY_WITH_HOURS));
    }

    @ParameterizedTest(name = "{0}={1} is refused with {2}")
    @CsvSource(delimiter = ';', value = {
            "name; Warsaw office; paydesk.error.calendar.nameFormat",
            "zone; Europe/Atlantis; paydesk.error.calendar.unknownZone",
            "zone; +01:00; paydesk.error.calendar.offsetNotZone",
            "hours.MONDAY; 9-17; paydesk.error.calendar.hoursFormat",
            "hours.MONDAY; 17:00-09:00; paydesk.error.calendar.intervalOrder",
            "hours.MONDAY; 09:00-13:00, 12:00-17:00; paydesk.error.calendar.overlap",
            "hours.MONDAY; 25:00-26:00; paydesk.error.calendar.hoursFormat",
            "country; XX; paydesk.error.calendar.unknownCountry",
            "years; 2020-2022; paydesk.error.calendar.yearNotCovered",
            "years; 2026-2020; paydesk.error.calendar.yearsRange",
            "years; soon; paydesk.error.calendar.yearsRange",
            "holidays; 24.12.2026 Christmas Eve; paydesk.error.calendar.dateLineFormat",
            "workingDays; 2026-03-07; paydesk.error.calendar.dateLineFormat",
            "workingDays; 2026-03-07 14:00-10:00; paydesk.error.calendar.intervalOrder",
            "workingDays; 2026-05-04 10:00-12:00; paydesk.error.calendar.workingDayAlsoOff",
            "daysOff; 2026-02-30; paydesk.error.calendar.dateLineFormat",
            "daysOff; 2300-01-01; paydesk.error.calendar.dateOutOfRange",
    })
    void eachWrongFieldIsNamedWithItsValue(String field, String value, String reason) {
        CalendarForm good = warsaw();
        Map<DayOfWeek, String> hours = new EnumMap<>(good.hours());
        if (field.equals("hours.MONDAY")) {
            hours.put(DayOfWeek.MONDAY, value);
        }
        CalendarForm bad = new CalendarForm(field.equals("name") ? value : good.name(),
                field.equals("zone") ? value : good.zone(), "", hours,
                field.equals("country") ? value : good.country(), field.equals("years") ? value : good.years(),
                field.equals("holidays") ? value : good.holidays(),
                field.equals("workingDays") ? value : good.workingDays(),
                field.equals("daysOff") ? value : good.daysOff());

        Outcome<CalendarDefinition> outcome = bad.check(TABLES);

        assertThat(outcome).isInstanceOf(Outcome.Refused.class);
        List<Refusal> refusals = ((Outcome.Refused<CalendarDefinition>) outcome).refusals();
        assertThat(refusals).anySatisfy(r -> {
            assertThat(r.field()).isEqualTo(field);
            assertThat(r.reasonKey()).isEqualTo(reason);
        });
        assertThat(refusals).allSatisfy(r -> assertThat(r.field()).isEqualTo(field));
    }

    @Test
    void everyWrongFieldIsReportedAtOnce() {
        CalendarForm form = new CalendarForm("", "Mars/Olympus", "", week("nine to five", "x"), "", "", "", "", "soon");

        List<Refusal> refusals = ((Outcome.Refused<CalendarDefinition>) form.check(TABLES)).refusals();

        assertThat(refusals).extracting(Refusal::field).contains("hours.MONDAY", "hours.SATURDAY", "daysOff");
    }
}
