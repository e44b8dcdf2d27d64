package io.paydesk.app.dispute;

import static org.assertj.core.api.Assertions.assertThat;

import io.paydesk.app.dispute.ao.AoDisputeRecords;
import io.paydesk.core.dispute.TypedDispute;
import io.paydesk.core.dispute.deadline.Geography;
import io.paydesk.core.dispute.lifecycle.ClosedDispute;
import io.paydesk.core.dispute.lifecycle.DisputeOutcome;
import io.paydesk.core.dispute.lifecycle.OpenDispute;
import io.paydesk.core.dispute.scheme.SchemeCatalogue;
import io.paydesk.core.dispute.store.DisputeRecord;
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
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The dispute deadline job over disputes kept in Active Objects, as Jira and the sandbox run it. */
class DisputeDeadlineJobTest {

    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
    private static final PartnerBank WISLANY = new PartnerBank(new PartnerId("3"), "Bank Wiślany", "PL", WARSAW,
            Locale.of("pl"));
    private static final Clock RAISED = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), WARSAW);
    private static final String ARN = "7412345621000000012345" + Arn.checkDigitFor("7412345621000000012345");

    private final HostActiveObjects ao = HostActiveObjects.open(AoDatabase.inMemory(),
            AoModule.fromDescriptor(getClass().getClassLoader()));
    private final Disputes disputes = new Disputes(SchemeCatalogue.shipped(), new AoDisputeRecords(ao), RAISED);
    private final DisputeDeadlineJob job = new DisputeDeadlineJob(disputes);

    @AfterEach
    void close() {
        ao.close();
    }

    private LocalDate raiseVisaNotReceived(long issueId) {
        return raiseVisaNotReceived(disputes, issueId, WISLANY);
    }

    private static LocalDate raiseVisaNotReceived(Disputes disputes, long issueId, PartnerBank partner) {
        return disputes.desk().raise(issueId, new TypedDispute("visa", "13.1", "1349.90", "PLN", "2026-10-25",
                        new TypedTransaction("624512345678", ARN, "", "2026-10-10", "2026-10-12", "Media Expert", "5732", false)),
                "4111 1111 1111 1111", Geography.issuerIn("PL"), partner).orElseThrow().nextDue().orElseThrow();
    }

    private static Instant warsawMorningAfter(LocalDate day) {
        return day.plusDays(1).atTime(0, 30).atZone(WARSAW).toInstant();
    }

    @Test
    void anUnansweredDisputeIsWonTheDayAfterItsTimeLimitInThePartnersDate() {
        LocalDate due = raiseVisaNotReceived(10042);

        DisputeDeadlineJob.Summary summary = job.run(warsawMorningAfter(due));

        assertThat(summary).isEqualTo(new DisputeDeadlineJob.Summary(1, 1, 0, 1, false));
        assertThat(summary.text()).startsWith("1 dispute(s) past their time limit: 1 closed, 0 moved on");
        ClosedDispute closed = (ClosedDispute) disputes.records().find(10042).orElseThrow().dispute();
        assertThat(closed.outcome()).isEqualTo(DisputeOutcome.WON);
        assertThat(closed.closedOn()).isEqualTo(due.plusDays(1));
    }

    @Test
    void runningAgainOrBeforeTheLimitEndsInThePartnersDateChangesNothing() {
        LocalDate due = raiseVisaNotReceived(10043);

        assertThat(job.run(due.atTime(23, 30).atZone(WARSAW).toInstant()).changed()).isZero();
        assertThat(disputes.records().find(10043).orElseThrow().dispute()).isInstanceOf(OpenDispute.class);

        assertThat(job.run(warsawMorningAfter(due)).changed()).isEqualTo(1);
        assertThat(job.run(warsawMorningAfter(due)).changed()).isZero();
    }

    @Test
    void aDisputeNotYetDueInItsPartnersDateDoesNotHoldUpTheDisputesBehindIt() {
        Clock evening = Clock.fixed(Instant.parse("2026-11-24T20:00:00Z"), ZoneId.of("UTC"));
        Disputes both = new Disputes(SchemeCatalogue.shipped(), new AoDisputeRecords(ao), evening);
        PartnerBank samoa = new PartnerBank(new PartnerId("9"), "Samoa Card Bank", "AS",
                ZoneId.of("Pacific/Pago_Pago"), Locale.ENGLISH);
        LocalDate samoaDue = raiseVisaNotReceived(both, 10045, samoa);
        LocalDate warsawDue = raiseVisaNotReceived(both, 10046, WISLANY);
        assertThat(samoaDue).isEqualTo(warsawDue);

        DisputeDeadlineJob.Summary summary = new DisputeDeadlineJob(both, 1).run(warsawMorningAfter(warsawDue));

        assertThat(summary.changed()).isEqualTo(1);
        assertThat(summary.stuck()).isZero();
        assertThat(both.records().find(10046).orElseThrow().dispute()).isInstanceOf(ClosedDispute.class);
        assertThat(both.records().find(10045).orElseThrow().dispute()).isInstanceOf(OpenDispute.class);
    }

    @Test
    void theLogLineNamesIssueStageAndOutcomeAndNoCardNumber() {
        LocalDate due = raiseVisaNotReceived(10044);
        job.run(warsawMorningAfter(due));
        DisputeRecord closed = disputes.records().find(10044).orElseThrow();

        String line = DisputeDeadlineJob.line(closed);

        assertThat(line).isEqualTo("issue 10044, stage " + closed.dispute().stage() + ", outcome WON on " + due.plusDays(1));
        assertThat(line).doesNotContain("4111").doesNotContain("1111");
    }
}
