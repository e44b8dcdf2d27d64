package io.paydesk.app.dispute;

import static org.assertj.core.api.Assertions.assertThat;

import io.paydesk.app.sla.SlaTestFixtures;
import io.paydesk.core.dispute.deadline.BusinessDayCalendar;
import io.paydesk.core.dispute.deadline.DeadlineRuleTable;
import io.paydesk.core.dispute.deadline.InMemoryDeadlineRuleBooks;
import io.paydesk.core.dispute.desk.DisputeDesk;
import io.paydesk.core.dispute.scheme.SchemeCatalogue;
import io.paydesk.core.partner.PartnerId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DisputesTest {

    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
    private static final PartnerId WISLANY = new PartnerId("3");
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);

    private final Disputes disputes = new Disputes(SchemeCatalogue.shipped(), new InMemoryRecords(),
            new InMemoryDeadlineRuleBooks(DeadlineRuleTable.shipped(SchemeCatalogue.shipped())),
            new PartnerBusinessCalendars(SlaTestFixtures.wislany()), NOW);

    private static BusinessDayCalendar businessDays(DisputeDesk desk, PartnerId partner) {
        return desk.rulesFor(Optional.of(partner), WARSAW).businessDays();
    }

    @Test
    void theDeskAndTheDeadlineJobsDeskCountOnTheSamePartnerCalendar() {
        DisputeDesk job = disputes.deskAt(Clock.fixed(Instant.parse("2026-12-01T03:00:00Z"), ZoneOffset.UTC));

        assertThat(businessDays(disputes.desk(), WISLANY).name()).contains("pl-warsaw");
        assertThat(businessDays(job, WISLANY).name()).contains("pl-warsaw");
    }

    @Test
    void thePartnersCalendarSkipsItsHolidaysAndWeekends() {
        BusinessDayCalendar warsaw = businessDays(disputes.desk(), WISLANY);

        assertThat(warsaw.days().plusBusinessDays(LocalDate.of(2026, 11, 10), 1)).contains(LocalDate.of(2026, 11, 12));
        assertThat(warsaw.days().plusBusinessDays(LocalDate.of(2026, 11, 13), 1)).contains(LocalDate.of(2026, 11, 16));
    }

    @Test
    void aPartnerWithoutACalendarAndADisputeWithoutAPartnerCountMondayToFriday() {
        assertThat(businessDays(disputes.desk(), new PartnerId("9")).name()).isEmpty();
        assertThat(disputes.desk().rulesFor(Optional.empty(), WARSAW).businessDays())
                .isSameAs(BusinessDayCalendar.mondayToFriday());
        assertThat(businessDays(disputes.desk(), new PartnerId("9")).days().plusBusinessDays(LocalDate.of(2026, 11, 10), 1))
                .contains(LocalDate.of(2026, 11, 11));
    }
}
