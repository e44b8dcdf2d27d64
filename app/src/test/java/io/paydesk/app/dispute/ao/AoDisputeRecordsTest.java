package io.paydesk.app.dispute.ao;

import static org.assertj.core.api.Assertions.assertThat;

import io.paydesk.core.dispute.TypedDispute;
import io.paydesk.core.dispute.deadline.BusinessCalendars;
import io.paydesk.core.dispute.deadline.DeadlineRuleTable;
import io.paydesk.core.dispute.deadline.Geography;
import io.paydesk.core.dispute.deadline.InMemoryDeadlineRuleBooks;
import io.paydesk.core.dispute.desk.DisputeDesk;
import io.paydesk.core.dispute.evidence.EvidenceCatalogue;
import io.paydesk.core.dispute.lifecycle.ClosedDispute;
import io.paydesk.core.dispute.scheme.SchemeCatalogue;
import io.paydesk.core.dispute.store.DisputeRecord;
import io.paydesk.core.dispute.store.DueCursor;
import io.paydesk.core.dispute.transaction.Arn;
import io.paydesk.core.dispute.transaction.TypedTransaction;
import io.paydesk.core.partner.PartnerBank;
import io.paydesk.core.partner.PartnerId;
import io.paydesk.host.ao.AoDatabase;
import io.paydesk.host.ao.AoModule;
import io.paydesk.host.ao.HostActiveObjects;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AoDisputeRecordsTest {

    private static final SchemeCatalogue SCHEMES = SchemeCatalogue.shipped();
    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
    private static final PartnerBank WISLANY = new PartnerBank(new PartnerId("3"), "Bank Wiślany", "PL", WARSAW,
            Locale.of("pl"));
    private static final String ARN = "7412345621000000012345" + Arn.checkDigitFor("7412345621000000012345");

    private HostActiveObjects ao;
    private AoDisputeRecords records;

    @BeforeEach
    void open() {
        ao = HostActiveObjects.open(AoDatabase.fromSystemProperties(), AoModule.fromDescriptor(getClass().getClassLoader()));
        records = new AoDisputeRecords(ao, SCHEMES);
    }

    @AfterEach
    void close() {
        ao.close();
    }

    private DisputeDesk deskOn(String instant) {
        return new DisputeDesk(SCHEMES, EvidenceCatalogue.shipped(SCHEMES),
                new InMemoryDeadlineRuleBooks(DeadlineRuleTable.shipped(SCHEMES)), BusinessCalendars.mondayToFriday(), records,
                Clock.fixed(Instant.parse(instant), WARSAW));
    }

    private static TypedDispute visaNotReceived(String merchant, String bought) {
        return new TypedDispute("visa", "13.1", "349.90", "PLN", "",
                new TypedTransaction("624512345678", ARN, "A1B2C3", bought, bought, merchant, "5732", false));
    }

    @Test
    void aDisputeComesBackAsItWasStoredAndSavingAgainUpdatesItsRow() {
        DisputeDesk desk = deskOn("2026-11-24T10:00:00Z");
        DisputeRecord raised = desk.raise(10001, visaNotReceived("Media Expert \"Arkadia\"\nWarszawa", "2026-11-02"),
                "4111111111111111", Geography.issuerIn("PL"), WISLANY).orElseThrow();

        assertThat(records.find(10001)).contains(raised);

        DisputeRecord withdrawn = desk.act(10001, "WITHDRAW", "", "").orElseThrow();
        assertThat(records.find(10001)).contains(withdrawn);
        assertThat(records.find(10001).orElseThrow().dispute()).isInstanceOf(ClosedDispute.class);
        assertThat(ao.find(DisputeEntity.class)).hasSize(1);
        assertThat(ao.find(DisputeEntity.class)[0].getCard()).isEqualTo("411111******1111");
        assertThat(ao.find(DisputeEntity.class)[0].getRecord()).doesNotContain("4111111111111111");
    }

    @Test
    void theNextDueIndexReturnsOnlyOpenDisputesDueByTheDayEarliestFirst() {
        deskOn("2026-10-20T10:00:00Z").raise(1, visaNotReceived("B", "2026-10-10"), "4111111111111111",
                Geography.issuerIn("PL"), WISLANY).orElseThrow();
        deskOn("2026-10-14T10:00:00Z").raise(2, visaNotReceived("A", "2026-10-10"), "4111111111111111",
                Geography.issuerIn("PL"), WISLANY).orElseThrow();
        DisputeDesk later = deskOn("2026-11-24T10:00:00Z");
        later.raise(3, visaNotReceived("C", "2026-11-10"), "4111111111111111", Geography.issuerIn("PL"), WISLANY)
                .orElseThrow();
        later.raise(4, visaNotReceived("D", "2026-11-10"), "4111111111111111", Geography.issuerIn("PL"), WISLANY)
                .orElseThrow();
        later.act(4, "WITHDRAW", "", "").orElseThrow();
        LocalDate firstDue = records.find(2).orElseThrow().nextDue().orElseThrow();
        LocalDate secondDue = records.find(1).orElseThrow().nextDue().orElseThrow();

        List<Long> due = records.dueOnOrBefore(secondDue, Optional.empty(), 10).stream().map(DisputeRecord::issueId).toList();

        assertThat(firstDue).isBefore(secondDue);
        assertThat(due).containsExactly(2L, 1L);
        assertThat(records.dueOnOrBefore(firstDue, Optional.empty(), 10)).extracting(DisputeRecord::issueId).containsExactly(2L);
        assertThat(records.dueOnOrBefore(secondDue, Optional.empty(), 1)).extracting(DisputeRecord::issueId)
                .containsExactly(2L);
    }

    @Test
    void theNextDueIndexIsReadOnFromACursorByDueDayThenIssueId() {
        DisputeDesk october = deskOn("2026-10-14T10:00:00Z");
        for (long issue : new long[] {12, 11, 13}) {
            october.raise(issue, visaNotReceived("Media Expert", "2026-10-10"), "4111111111111111",
                    Geography.issuerIn("PL"), WISLANY).orElseThrow();
        }
        deskOn("2026-10-15T10:00:00Z").raise(10, visaNotReceived("Media Expert", "2026-10-10"), "4111111111111111",
                Geography.issuerIn("PL"), WISLANY).orElseThrow();
        LocalDate sameDay = records.find(11).orElseThrow().nextDue().orElseThrow();
        LocalDate dayAfter = records.find(10).orElseThrow().nextDue().orElseThrow();

        assertThat(records.dueOnOrBefore(dayAfter, Optional.empty(), 10)).extracting(DisputeRecord::issueId)
                .containsExactly(11L, 12L, 13L, 10L);
        assertThat(records.dueOnOrBefore(dayAfter, Optional.of(new DueCursor(sameDay, 11)), 2))
                .extracting(DisputeRecord::issueId).containsExactly(12L, 13L);
        assertThat(records.dueOnOrBefore(dayAfter, Optional.of(new DueCursor(sameDay, 13)), 2))
                .extracting(DisputeRecord::issueId).containsExactly(10L);
        assertThat(records.dueOnOrBefore(dayAfter, Optional.of(new DueCursor(dayAfter, 10)), 2)).isEmpty();
    }

    @Test
    void thePartnerThatRaisedADisputeIsKeptAndARowWithoutOneReadsAsNone() {
        DisputeRecord raised = deskOn("2026-11-24T10:00:00Z").raise(8, visaNotReceived("Media Expert", "2026-11-02"),
                "4111111111111111", Geography.issuerIn("PL"), WISLANY).orElseThrow();

        assertThat(records.find(8).orElseThrow().partner()).contains(new PartnerId("3"));
        assertThat(ao.find(DisputeEntity.class)[0].getPartnerId()).isEqualTo("3");

        DisputeEntity row = ao.find(DisputeEntity.class)[0];
        row.setPartnerId(null);
        row.save();

        assertThat(records.find(8)).contains(new DisputeRecord(8, Optional.empty(), raised.zone(), raised.card(),
                raised.dispute(), raised.evidence()));
    }

    @Test
    void theEvidenceHeldIsKept() {
        DisputeDesk desk = deskOn("2026-11-24T10:00:00Z");
        desk.raise(7, visaNotReceived("Media Expert", "2026-11-02"), "4111111111111111", Geography.issuerIn("PL"), WISLANY)
                .orElseThrow();
        String item = EvidenceCatalogue.shipped(SCHEMES).items().iterator().next().id();

        desk.holdEvidence(7, List.of(item)).orElseThrow();

        assertThat(records.find(7).orElseThrow().evidence()).extracting(e -> e.id()).containsExactly(item);
    }
}
