package io.paydesk.app.dispute;

import static org.assertj.core.api.Assertions.assertThat;

import io.paydesk.app.platform.Texts;
import io.paydesk.app.sla.SlaClocks;
import io.paydesk.app.sla.SlaTestFixtures;
import io.paydesk.core.common.Outcome;
import io.paydesk.core.common.Refusal;
import io.paydesk.core.dispute.TypedDispute;
import io.paydesk.core.dispute.deadline.ChannelSelector;
import io.paydesk.core.dispute.deadline.DayCount;
import io.paydesk.core.dispute.deadline.DeadlineAnchor;
import io.paydesk.core.dispute.deadline.DeadlineRule;
import io.paydesk.core.dispute.deadline.DeadlineRuleBook;
import io.paydesk.core.dispute.deadline.DeadlineRuleTable;
import io.paydesk.core.dispute.deadline.Geography;
import io.paydesk.core.dispute.deadline.InMemoryDeadlineRuleBooks;
import io.paydesk.core.dispute.deadline.ReasonSelector;
import io.paydesk.core.dispute.deadline.RegionSelector;
import io.paydesk.core.dispute.scheme.DisputeStage;
import io.paydesk.core.dispute.scheme.SchemeCatalogue;
import io.paydesk.core.dispute.scheme.SchemeId;
import io.paydesk.core.dispute.store.DisputeRecord;
import io.paydesk.core.dispute.transaction.Arn;
import io.paydesk.core.dispute.transaction.TypedTransaction;
import io.paydesk.core.partner.PartnerBank;
import io.paydesk.core.partner.PartnerId;
import io.paydesk.core.request.RequestSnapshot;
import io.paydesk.core.sla.IssueObservation;
import io.paydesk.core.sla.SlaCalendars;
import io.paydesk.core.sla.SlaPolicyBook;
import io.paydesk.core.sla.SlaSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DisputePanelTest {

    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
    private static final PartnerBank WISLANY = new PartnerBank(new PartnerId("3"), "Bank Wiślany", "PL", WARSAW,
            Locale.of("pl"));
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), WARSAW);
    private static final String ARN = "7412345621000000012345" + Arn.checkDigitFor("7412345621000000012345");

    private final InMemoryRecords records = new InMemoryRecords();
    private final Disputes disputes = new Disputes(SchemeCatalogue.shipped(), records, NOW);
    private final SlaTestFixtures.EventLog slaLog = new SlaTestFixtures.EventLog();
    private final DisputePanel panel = new DisputePanel(disputes, new SlaClocks(slaLog, SlaTestFixtures.wislany()), NOW);

    /** Request {@code issueId} of Bank Wiślany (partner 3), as the host would give it. */
    private static RequestSnapshot request(long issueId) {
        return new RequestSnapshot("PAY-" + issueId, "Laptop never delivered", "Payment dispute", "Waiting for support",
                NOW.instant(), "Katarzyna Zielińska", Optional.of(new PartnerId("3")));
    }

    private static Texts texts(Locale locale) {
        return BundleTexts.in(locale);
    }

    private void raiseVisaNotReceived(long issueId) {
        disputes.desk().raise(issueId, new TypedDispute("visa", "13.1", "1349.90", "PLN", "2026-10-25",
                new TypedTransaction("624512345678", ARN, "", "2026-10-10", "2026-10-12", "Media Expert", "5732", false)),
                "4111 1111 1111 1111", Geography.issuerIn("PL"), WISLANY).orElseThrow();
    }

    @Test
    void aRequestWithoutADisputeSaysSo() {
        assertThat(panel.view(5, request(5), true, List.of(), Locale.ENGLISH, texts(Locale.ENGLISH)).exists()).isFalse();
    }

    @Test
    void theAgentSeesTheReasonTheNextTimeLimitWithDaysLeftTheTimelineEvidenceAndMoney() {
        raiseVisaNotReceived(7);

        DisputeView view = panel.view(7, request(7), true, List.of(), Locale.ENGLISH, texts(Locale.ENGLISH));

        assertThat(view.reasonCode()).isEqualTo("13.1");
        assertThat(view.reasonDescription()).isEqualTo("Merchandise or services not received");
        assertThat(view.card()).isEqualTo("4111 11•• •••• 1111");
        assertThat(view.amount()).isEqualTo("1,349.90 PLN");
        assertThat(view.stage()).isEqualTo("Dispute");
        assertThat(view.deadlineStage()).isEqualTo("Dispute response");
        LocalDate due = ((io.paydesk.core.dispute.lifecycle.OpenDispute) records.find(7).orElseThrow().dispute())
                .deadline().orElseThrow().dueOn();
        assertThat(view.daysLeft()).isEqualTo(java.time.temporal.ChronoUnit.DAYS.between(LocalDate.of(2026, 11, 24), due));
        assertThat(view.daysLeftText()).isEqualTo("Days left: " + view.daysLeft());
        assertThat(view.deadlineBasis()).contains("calendar days").contains("Nov 24, 2026");
        assertThat(view.timeline()).hasSize(1);
        assertThat(view.evidenceMissing()).isPositive()
                .isEqualTo((int) view.evidence().stream().filter(e -> e.required() && !e.held()).count());
        assertThat(view.outstanding()).isEqualTo("1,349.90 PLN");
        assertThat(view.actions()).extracting(DisputeActionChoice::name)
                .containsExactly("RESPONSE_RECEIVED", "ACQUIRER_ACCEPTED", "WITHDRAW");
        assertThat(view.actions()).extracting(DisputeActionChoice::label).doesNotHaveDuplicates()
                .noneMatch(label -> label.startsWith("paydesk."));
        assertThat(view.editable()).isTrue();
    }

    @Test
    void theSlaFirstResponseBitesBeforeTheSchemesTimeLimitAndOnceAnsweredTheSchemeDoes() {
        raiseVisaNotReceived(11);
        slaLog.observe("PAY-11", NOW.instant(), "created", NOW.instant(), IssueObservation.Kind.CREATED,
                "Waiting for support");

        assertThat(panel.view(11, request(11), true, List.of(), Locale.ENGLISH, texts(Locale.ENGLISH)).firstToBite())
                .startsWith("The SLA bites first: First response is due Tue, Nov 24, 2026, 3:00")
                .contains("(Europe/Warsaw)");

        slaLog.observe("PAY-11", NOW.instant(), "answered", NOW.instant().plusSeconds(600),
                IssueObservation.Kind.AGENT_COMMENTED, "Waiting for support");
        Clock later = Clock.offset(NOW, Duration.ofMinutes(20));
        DisputePanel afterAnswer = new DisputePanel(disputes, new SlaClocks(slaLog, SlaTestFixtures.wislany()), later);
        assertThat(afterAnswer.view(11, request(11), true, List.of(), Locale.ENGLISH, texts(Locale.ENGLISH)).firstToBite())
                .startsWith("The SLA bites first: Resolution is due");

        raiseVisaNotReceived(12);
        assertThat(panel.view(12, request(12), true, List.of(), Locale.ENGLISH, texts(Locale.ENGLISH)).firstToBite())
                .isEqualTo("The scheme’s time limit bites first: no running SLA clock falls due before it.");
    }

    @Test
    void outsideTheSandboxesAgentViewNoStepIsOffered() {
        raiseVisaNotReceived(8);

        assertThat(panel.view(8, request(8), false, List.of(), Locale.ENGLISH, texts(Locale.ENGLISH)).editable()).isFalse();
    }

    @Test
    void theHeldEvidenceIsTickedAndNoLongerMissing() {
        raiseVisaNotReceived(9);
        DisputeView before = panel.view(9, request(9), true, List.of(), Locale.ENGLISH, texts(Locale.ENGLISH));
        String first = before.evidence().getFirst().id();

        disputes.desk().holdEvidence(9, List.of(first)).orElseThrow();
        DisputeView after = panel.view(9, request(9), true, List.of(), Locale.ENGLISH, texts(Locale.ENGLISH));

        assertThat(after.evidence().getFirst().held()).isTrue();
        assertThat(after.evidenceMissing()).isEqualTo(before.evidenceMissing() - 1);
    }

    @Test
    void aRefusedStepIsShownInTheViewersLanguageWithItsLabelsTranslated() {
        raiseVisaNotReceived(10);
        Outcome<DisputeRecord> refused = disputes.desk().act(10, "ARBITRATION", "", "");
        List<Refusal> refusals = ((Outcome.Refused<DisputeRecord>) refused).refusals();

        DisputeView polish = panel.view(10, request(10), true, refusals, Locale.of("pl"), texts(Locale.of("pl")));

        assertThat(polish.errors()).containsExactly("Kroku „Skierowano do arbitrażu” nie można zapisać na etapie „Spór (dispute)”.");
        assertThat(polish.deadlineStage()).doesNotStartWith("paydesk.");
    }

    /**
     * The desk over the shipped rules with Visa's dispute response changed to 22 business days from the dispute,
     * the partners' calendars taken from {@code sla}.
     */
    private static Disputes withBusinessDayResponse(InMemoryRecords records, SlaSettings sla) {
        DeadlineRuleBook shipped = DeadlineRuleTable.shipped(SchemeCatalogue.shipped());
        DeadlineRuleBook book = shipped.withRule(new DeadlineRule("visa-dispute-response", SchemeId.VISA,
                DisputeStage.DISPUTE_RESPONSE, ReasonSelector.ANY, RegionSelector.ANY, ChannelSelector.ANY, 22,
                DayCount.BUSINESS, DeadlineAnchor.PREVIOUS_STAGE, "test"), "test", NOW).orElseThrow();
        return new Disputes(SchemeCatalogue.shipped(), records, new InMemoryDeadlineRuleBooks(book),
                new PartnerBusinessCalendars(sla), NOW);
    }

    private static DisputeView raisedAndViewed(Disputes disputes, Locale viewer) {
        disputes.desk().raise(20, new TypedDispute("visa", "13.1", "1349.90", "PLN", "2026-10-25",
                new TypedTransaction("624512345678", ARN, "", "2026-10-10", "2026-10-12", "Media Expert", "5732", false)),
                "4111 1111 1111 1111", Geography.issuerIn("PL"), WISLANY).orElseThrow();
        return new DisputePanel(disputes, new SlaClocks(new SlaTestFixtures.EventLog(), SlaTestFixtures.wislany()), NOW)
                .view(20, request(20), true, List.of(), viewer, texts(viewer));
    }

    @Test
    void aLimitInBusinessDaysSaysItCountedOnThePartnersCalendarAndSkipsItsHolidays() {
        DisputeView view = raisedAndViewed(withBusinessDayResponse(new InMemoryRecords(), SlaTestFixtures.wislany()),
                Locale.ENGLISH);

        assertThat(view.deadlineDue()).isEqualTo("Dec 28, 2026");
        assertThat(view.deadlineBasis()).isEqualTo("22 business days from the previous stage (Nov 24, 2026) on the"
                + " partner bank’s calendar “pl-warsaw”; rule visa-dispute-response, version paydesk-defaults@r2");
    }

    @Test
    void withoutAPartnerCalendarTheLimitCountsMondayToFridayAndSaysWhyInTheViewersLanguage() {
        SlaSettings none = SlaSettings.of(SlaPolicyBook.empty(), new SlaCalendars(Map.of()));

        DisputeView english = raisedAndViewed(withBusinessDayResponse(new InMemoryRecords(), none), Locale.ENGLISH);
        DisputeView polish = raisedAndViewed(withBusinessDayResponse(new InMemoryRecords(), none), Locale.of("pl"));

        assertThat(english.deadlineDue()).isEqualTo("Dec 24, 2026");
        assertThat(english.deadlineBasis()).contains("22 business days")
                .contains("counted Monday to Friday because the partner bank has no calendar set");
        assertThat(polish.deadlineBasis()).contains("22 dni roboczych")
                .contains("licząc od poniedziałku do piątku, bo bank partnerski nie ma ustawionego kalendarza");
    }
}
