package io.paydesk.bench.calendar;

import io.paydesk.core.calendar.MinuteSteppingCalendar;
import static org.assertj.core.api.Assertions.assertThat;

import io.paydesk.core.calendar.BusinessCalendar;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MinuteSteppingCalendarTest {

    @Test
    void theReferenceAgreesWithPaydeskOnEveryBenchmarkCase() {
        BusinessCalendar calendar = SlaRemainingTimeBenchmark.warsawPartnerCalendar();
        MinuteSteppingCalendar reference = new MinuteSteppingCalendar(calendar);

        for (SlaCase sla : SlaCase.random(SlaRemainingTimeBenchmark.CASES, 42, calendar.zone())) {
            assertThat(calendar.within(sla.start(), sla.now())).as("%s", sla).isEqualTo(reference.within(sla.start(), sla.now()));
            assertThat(calendar.after(sla.start(), sla.goal())).as("%s", sla).isEqualTo(reference.after(sla.start(), sla.goal()));
        }
    }

    @Test
    void theBenchmarkCalendarCarriesThreeYearsOfPolishHolidays() {
        BusinessCalendar calendar = SlaRemainingTimeBenchmark.warsawPartnerCalendar();

        assertThat(calendar.holidays()).hasSize(13 * 3 + 3);
        assertThat(PolishHolidays.easterSunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
        assertThat(PolishHolidays.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(PolishHolidays.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
    }
}
