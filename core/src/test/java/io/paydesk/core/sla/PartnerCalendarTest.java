package io.paydesk.core.sla;

import static io.paydesk.core.sla.SlaFixtures.CALENDARS;
import static io.paydesk.core.sla.SlaFixtures.LAUNCH;
import static io.paydesk.core.sla.SlaFixtures.OFFICE;
import static io.paydesk.core.sla.SlaFixtures.WARSAW_OFFICE;
import static io.paydesk.core.sla.SlaFixtures.bookOf;
import static io.paydesk.core.sla.SlaFixtures.clockAt;
import static io.paydesk.core.sla.SlaFixtures.wislanyStandard;
import static org.assertj.core.api.Assertions.assertThat;

import io.paydesk.core.calendar.BusinessCalendar;
import io.paydesk.core.partner.PartnerId;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PartnerCalendarTest {

    private static final PartnerId WISLANY = new PartnerId("12");
    private static final String AROUND_THE_CLOCK = "24x7";
    private static final BusinessCalendar ALWAYS_OPEN = BusinessCalendar.inZone("UTC").twentyFourSeven().build().orElseThrow();
    private static final SlaCalendars BOTH = CALENDARS.with(AROUND_THE_CLOCK, ALWAYS_OPEN);
    private static final Set<CalendarName> BOTH_NAMES = BOTH.names();

    private static SlaPolicyBook publish(SlaPolicyBook book, SlaPolicyDraft draft, int minutesAfterLaunch) {
        return book.publish(draft, BOTH_NAMES, clockAt(LAUNCH.plus(Duration.ofMinutes(minutesAfterLaunch)))).orElseThrow();
    }

    @Test
    void aPartnersCalendarIsTheOneItsContractCountsOn() {
        Optional<PartnerCalendar> found = PartnerCalendar.of(bookOf(wislanyStandard()), CALENDARS, WISLANY);

        assertThat(found).contains(new PartnerCalendar(new CalendarName(OFFICE), WARSAW_OFFICE));
    }

    @Test
    void policiesForAnyPartnerOrForOneRequestTypeOfThePartnerMakeNoPartnerCalendar() {
        SlaPolicyBook book = publish(SlaPolicyBook.empty(), SlaPolicy.draft("everyone").named("Everyone")
                .resolution(Duration.ofHours(8), AROUND_THE_CLOCK), 0);
        book = publish(book, SlaPolicy.draft("wislany-blocks").named("Wiślany card blocks").forPartner("12")
                .forRequestType("Card block").resolution(Duration.ofHours(4), AROUND_THE_CLOCK), 1);

        assertThat(PartnerCalendar.of(book, BOTH, WISLANY)).isEmpty();
        assertThat(PartnerCalendar.of(book, BOTH, new PartnerId("99"))).isEmpty();
    }

    @Test
    void theResolutionGoalsCalendarCountsWhenTheGoalsUseSeveral() {
        SlaPolicyBook book = publish(SlaPolicyBook.empty(), SlaPolicy.draft("wislany-mixed").named("Wiślany").forPartner("12")
                .firstResponse(Duration.ofHours(1), AROUND_THE_CLOCK)
                .resolution(Duration.ofHours(8), OFFICE)
                .partnerUpdate(Duration.ofHours(4), AROUND_THE_CLOCK), 0);

        assertThat(PartnerCalendar.of(book, BOTH, WISLANY)).map(PartnerCalendar::name).contains(new CalendarName(OFFICE));
    }

    @Test
    void withoutAResolutionGoalTheFirstGoalsCalendarCounts() {
        SlaPolicyBook book = publish(SlaPolicyBook.empty(), SlaPolicy.draft("wislany-updates").named("Wiślany").forPartner("12")
                .firstResponse(Duration.ofHours(1), OFFICE)
                .partnerUpdate(Duration.ofHours(4), AROUND_THE_CLOCK), 0);

        assertThat(PartnerCalendar.of(book, BOTH, WISLANY)).map(PartnerCalendar::name).contains(new CalendarName(OFFICE));
    }

    @Test
    void theCurrentVersionOfTheContractCounts() {
        SlaPolicyBook book = publish(SlaPolicyBook.empty(), wislanyStandard(), 0);
        book = publish(book, SlaPolicy.draft("wislany-standard").named("Bank Wiślany standard").forPartner("12")
                .resolution(Duration.ofHours(8), AROUND_THE_CLOCK), 1);

        assertThat(PartnerCalendar.of(book, BOTH, WISLANY)).map(PartnerCalendar::name)
                .contains(new CalendarName(AROUND_THE_CLOCK));
    }

    @Test
    void aContractOnACalendarThatNoLongerBuildsGivesNoPartnerCalendar() {
        SlaPolicyBook book = publish(SlaPolicyBook.empty(), wislanyStandard(), 0);

        assertThat(PartnerCalendar.of(book, SlaCalendars.of(AROUND_THE_CLOCK, ALWAYS_OPEN), WISLANY)).isEmpty();
    }

    @Test
    void aWorkingDayIsADateWithWorkingHoursAfterHolidaysAndDaysOff() {
        assertThat(WARSAW_OFFICE.isWorkingDay(LocalDate.of(2026, 11, 12))).isTrue();
        assertThat(WARSAW_OFFICE.isWorkingDay(LocalDate.of(2026, 11, 11))).as("Independence Day").isFalse();
        assertThat(WARSAW_OFFICE.isWorkingDay(LocalDate.of(2026, 1, 2))).as("bridge day off").isFalse();
        assertThat(WARSAW_OFFICE.isWorkingDay(LocalDate.of(2026, 11, 14))).as("Saturday").isFalse();
        BusinessCalendar workingSaturday = BusinessCalendar.inZone("Europe/Warsaw")
                .mondayToFriday(LocalTime.of(9, 0), LocalTime.of(17, 0))
                .workingDay(LocalDate.of(2026, 11, 14), LocalTime.of(9, 0), LocalTime.of(13, 0)).build().orElseThrow();
        assertThat(workingSaturday.isWorkingDay(LocalDate.of(2026, 11, 14))).isTrue();
    }
}
