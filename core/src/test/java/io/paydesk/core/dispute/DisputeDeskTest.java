package io.paydesk.core.dispute;

import static io.paydesk.core.dispute.DisputeFixture.ARN;
import static io.paydesk.core.dispute.DisputeFixture.CLOCK;
import static io.paydesk.core.dispute.DisputeFixture.DEFAULT_RULES;
import static io.paydesk.core.dispute.DisputeFixture.SCHEMES;
import static org.assertj.core.api.Assertions.assertThat;

import io.paydesk.core.common.Outcome;
import io.paydesk.core.common.Refusal;
import io.paydesk.core.dispute.deadline.BusinessCalendars;
import io.paydesk.core.dispute.deadline.BusinessDayCalendar;
import io.paydesk.core.dispute.deadline.BusinessDays;
import io.paydesk.core.dispute.deadline.DayCount;
import io.paydesk.core.dispute.deadline.DeadlineRule;
import io.paydesk.core.dispute.deadline.EditingDeadlineRules;
import io.paydesk.core.dispute.deadline.Geography;
import io.paydesk.core.dispute.deadline.InMemoryDeadlineRuleBooks;
import io.paydesk.core.dispute.deadline.StageDeadline;
import io.paydesk.core.dispute.desk.DeadlineSweep;
import io.paydesk.core.dispute.desk.DisputeDesk;
import io.paydesk.core.dispute.lifecycle.ClosedDispute;
import io.paydesk.core.dispute.lifecycle.DisputeOutcome;
import io.paydesk.core.dispute.lifecycle.OpenDispute;
import io.paydesk.core.dispute.lifecycle.VisaPreArbitration;
import io.paydesk.core.dispute.scheme.DisputeStage;
import io.paydesk.core.dispute.store.DisputeRecord;
import io.paydesk.core.dispute.store.DueCursor;
import io.paydesk.core.dispute.transaction.TypedTransaction;
import io.paydesk.core.money.Money;
import io.paydesk.core.partner.PartnerBank;
import io.paydesk.core.partner.PartnerId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DisputeDeskTest {

    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
    private static final Geography POLISH_BANK = Geography.issuerIn("PL");
    private static final String CARD = "4111 1111 1111 1111";
    private static final PartnerBank WISLANY = new PartnerBank(new PartnerId("3"), "Bank Wiślany", "PL", WARSAW,
            Locale.of("pl"));
    private static final ZoneId LAGOS = ZoneId.of("Africa/Lagos");
    private static final PartnerBank LAGOS_BANK = new PartnerBank(new PartnerId("7"), "Eko Card Bank", "NG", LAGOS,
            Locale.ENGLISH);
    private static final Geography DOMESTIC_NG = Geography.issuerIn("NG").withAcquirerIn("NG");
    /** Wednesday 25 November 2026, a day off at the Lagos bank in these tests. */
    private static final LocalDate LAGOS_HOLIDAY = LocalDate.of(2026, 11, 25);

    private final InMemoryDisputeRecords records = new InMemoryDisputeRecords();
    private final InMemoryDeadlineRuleBooks books = new InMemoryDeadlineRuleBooks(DEFAULT_RULES);
    /** The partners' calendars as the settings hold them now; a partner not in here has none. */
    private final Map<PartnerId, BusinessDayCalendar> calendars = new HashMap<>();
    private final BusinessCalendars partnerCalendars =
            partner -> calendars.getOrDefault(partner, BusinessDayCalendar.mondayToFriday());
    private final DisputeDesk desk = deskAt(CLOCK);

    private DisputeDesk deskAt(Clock clock) {
        return new DisputeDesk(SCHEMES, DisputeFixture.EVIDENCE, books, partnerCalendars, records, clock);
    }

    private static BusinessDayCalendar weekdaysWithout(String name, Set<LocalDate> holidays) {
        BusinessDays weekdays = BusinessDays.weekendsOff();
        return BusinessDayCalendar.partnerCalendar(name, date -> weekdays.isBusinessDay(date) && !holidays.contains(date));
    }

    /** A Mastercard "not as described" chargeback between a Nigerian issuer and acquirer: 2 business days to answer. */
    private static TypedDispute mastercardInNigeria() {
        return new TypedDispute("mastercard", "4853", "25000.00", "NGN", "",
                new TypedTransaction("624512345678", ARN, "A1B2C3", "2026-10-10", "2026-10-12", "Jumia", "5732", false));
    }

    private static TypedDispute visaNotReceived(String merchant) {
        return new TypedDispute("visa", "13.1", "349.90", "PLN", "2026-10-20",
                new TypedTransaction("624512345678", ARN, "A1B2C3", "2026-10-10", "2026-10-12", merchant, "5732", false));
    }

    private static List<Refusal> refusals(Outcome<?> outcome) {
        return ((Outcome.Refused<?>) outcome).refusals();
    }

    @Test
    void aPartnerRaisesADisputeFiledTodayInItsZoneWithTheCardMasked() {
        DisputeRecord raised = desk.raise(101, visaNotReceived("Media Expert"), CARD, POLISH_BANK, WISLANY).orElseThrow();

        assertThat(raised.card().orElseThrow().toString()).isEqualTo("411111******1111");
        OpenDispute dispute = (OpenDispute) raised.dispute();
        assertThat(dispute.track().current().enteredOn()).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(dispute.deadline().orElseThrow().stage()).isEqualTo(DisputeStage.DISPUTE_RESPONSE);
        assertThat(records.find(101)).contains(raised);
    }

    @Test
    void aCardNumberTypedIntoAFreeTextFieldIsMaskedBeforeItIsStored() {
        DisputeRecord raised = desk.raise(102, visaNotReceived("Shop 5500 0000 0000 0004 refund"), CARD, POLISH_BANK, WISLANY)
                .orElseThrow();

        String merchant = raised.dispute().facts().transaction().merchantName();
        assertThat(merchant).isEqualTo("Shop 5500 00** **** 0004 refund");
        assertThat(records.find(102).orElseThrow().dispute().facts().transaction().merchantName()).isEqualTo(merchant);
    }

    @Test
    void everyWrongFieldIsNamedAndATypedCardNumberIsNeverEchoedBack() {
        TypedDispute typed = new TypedDispute("visa", "14.2", "10.999", "PLN", "",
                new TypedTransaction("4111111111111111", "74123456210000000123450", "", "2026-13-01", "", "Shop", "57", false));

        List<Refusal> refused = refusals(desk.raise(103, typed, "4111 1111 1111 1112", POLISH_BANK, WISLANY));

        assertThat(refused).extracting(Refusal::field).contains("card", "reasonCode", "amount", "rrn", "arn",
                "transactionDate", "mcc");
        assertThat(refused).extracting(Refusal::rejectedValue).noneMatch(v -> v.contains("4111111111111111")
                || v.replace(" ", "").contains("4111111111111112"));
        assertThat(records.find(103)).isEmpty();
        assertThat(records.saves).isZero();
    }

    @Test
    void aRequestHasOneDispute() {
        desk.raise(104, visaNotReceived("Media Expert"), CARD, POLISH_BANK, WISLANY).orElseThrow();

        assertThat(refusals(desk.raise(104, visaNotReceived("Media Expert"), CARD, POLISH_BANK, WISLANY)))
                .extracting(Refusal::reasonKey).containsExactly(DisputeMessageKeys.DISPUTE_EXISTS);
    }

    @Test
    void anAgentMovesTheDisputeToPreArbitrationAndTheNewDeadlineIsStored() {
        DisputeDesk october = deskAt(Clock.fixed(Instant.parse("2026-10-14T10:00:00Z"), WARSAW));
        october.raise(105, visaNotReceived("Media Expert"), CARD, POLISH_BANK, WISLANY).orElseThrow();
        StageDeadline responseDue = ((OpenDispute) records.find(105).orElseThrow().dispute()).deadline().orElseThrow();

        desk.act(105, "RESPONSE_RECEIVED", "2026-11-02", "").orElseThrow();
        DisputeRecord pre = desk.act(105, "pre_arbitration", "", "").orElseThrow();

        assertThat(pre.dispute()).isInstanceOf(VisaPreArbitration.class);
        StageDeadline due = ((OpenDispute) pre.dispute()).deadline().orElseThrow();
        assertThat(due.stage()).isEqualTo(DisputeStage.PRE_ARBITRATION_RESPONSE);
        assertThat(due.countedFrom()).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(due.dueOn()).isAfter(responseDue.dueOn());
        assertThat(records.find(105)).contains(pre);
    }

    @Test
    void aBadActionDateOrAmountIsNamedAndNothingChanges() {
        desk.raise(106, visaNotReceived("Media Expert"), CARD, POLISH_BANK, WISLANY).orElseThrow();
        DisputeRecord before = records.find(106).orElseThrow();

        assertThat(refusals(desk.act(106, "escalate", "24/11/2026", "1.001"))).extracting(Refusal::field)
                .containsExactly("action", "date", "recovered");
        assertThat(refusals(desk.act(106, "ARBITRATION", "", ""))).extracting(Refusal::reasonKey)
                .containsExactly(DisputeMessageKeys.TRANSITION_NOT_ALLOWED);
        assertThat(refusals(desk.act(999, "WITHDRAW", "", ""))).extracting(Refusal::reasonKey)
                .containsExactly(DisputeMessageKeys.DISPUTE_NOT_FOUND);
        assertThat(records.find(106)).contains(before);
    }

    @Test
    void checkingAStepTellsWhatItWouldRecordAndStoresNothing() {
        desk.raise(108, visaNotReceived("Media Expert"), CARD, POLISH_BANK, WISLANY).orElseThrow();
        DisputeRecord before = records.find(108).orElseThrow();

        DisputeRecord would = desk.checkAct(108, "RESPONSE_RECEIVED", "", "").orElseThrow();

        assertThat(would.dispute().stage()).isNotEqualTo(before.dispute().stage());
        assertThat(refusals(desk.checkAct(108, "ARBITRATION", "", ""))).extracting(Refusal::reasonKey)
                .containsExactly(DisputeMessageKeys.TRANSITION_NOT_ALLOWED);
        assertThat(records.find(108)).contains(before);
    }

    @Test
    void aClosedDisputeTakesNoFurtherStep() {
        desk.raise(107, visaNotReceived("Media Expert"), CARD, POLISH_BANK, WISLANY).orElseThrow();
        desk.act(107, "WITHDRAW", "", "").orElseThrow();

        assertThat(refusals(desk.act(107, "RESPONSE_RECEIVED", "", ""))).containsExactly(Refusal.of("issue", "107",
                DisputeMessageKeys.DISPUTE_CLOSED, DisputeOutcome.WITHDRAWN.nameKey()));
    }

    @Test
    void aRuleEditedAfterwardsLeavesStoredDeadlinesAsTheyWere() {
        desk.raise(108, visaNotReceived("Media Expert"), CARD, POLISH_BANK, WISLANY).orElseThrow();
        StageDeadline before = ((OpenDispute) records.find(108).orElseThrow().dispute()).deadline().orElseThrow();
        new EditingDeadlineRules(books, SCHEMES, CLOCK).save(DEFAULT_RULES.rule(before.ruleId()).orElseThrow()
                .withDays(before.days() + 15), "timur").orElseThrow();

        StageDeadline after = ((OpenDispute) records.find(108).orElseThrow().dispute()).deadline().orElseThrow();
        assertThat(after).isEqualTo(before);
        assertThat(books.current().version()).isNotEqualTo(before.version());
    }

    @Test
    void theDeadlineJobClosesAnUnansweredDisputeAsWonTheDayAfterItsLimit() {
        DisputeDesk october = deskAt(Clock.fixed(Instant.parse("2026-10-14T10:00:00Z"), WARSAW));
        october.raise(109, visaNotReceived("Media Expert"), CARD, POLISH_BANK, WISLANY).orElseThrow();
        october.raise(110, visaNotReceived("Media Expert"), CARD, POLISH_BANK, WISLANY).orElseThrow();
        desk.raise(111, visaNotReceived("Media Expert"), CARD, POLISH_BANK, WISLANY).orElseThrow();
        LocalDate due = records.find(109).orElseThrow().nextDue().orElseThrow();
        desk.act(110, "RESPONSE_RECEIVED", due.toString(), "").orElseThrow();

        DisputeDesk dayAfter = deskAt(Clock.fixed(due.plusDays(1).atTime(9, 0).atZone(WARSAW).toInstant(), WARSAW));
        List<DisputeRecord> changed = dayAfter.sweepPassedDeadlines(Optional.empty(), 100).changed();

        assertThat(changed).extracting(DisputeRecord::issueId).containsExactly(109L);
        ClosedDispute closed = (ClosedDispute) records.find(109).orElseThrow().dispute();
        assertThat(closed.outcome()).isEqualTo(DisputeOutcome.WON);
        assertThat(closed.closedOn()).isEqualTo(due.plusDays(1));
        assertThat(dayAfter.sweepPassedDeadlines(Optional.empty(), 100).changed()).isEmpty();
        assertThat(records.find(111).orElseThrow().dispute()).isInstanceOf(OpenDispute.class);
    }

    @Test
    void theDeadlineJobWaitsForThePartnersOwnDate() {
        DisputeDesk october = deskAt(Clock.fixed(Instant.parse("2026-10-14T10:00:00Z"), WARSAW));
        october.raise(112, visaNotReceived("Media Expert"), CARD, POLISH_BANK, WISLANY).orElseThrow();
        LocalDate due = records.find(112).orElseThrow().nextDue().orElseThrow();

        Instant lastEveningInWarsaw = due.atTime(23, 30).atZone(WARSAW).toInstant();
        assertThat(deskAt(Clock.fixed(lastEveningInWarsaw, WARSAW)).sweepPassedDeadlines(Optional.empty(), 100).changed()).isEmpty();
        assertThat(records.find(112).orElseThrow().dispute()).isInstanceOf(OpenDispute.class);
    }

    @Test
    void aMoneyAmountIsNeverReadAsAFloatingPointNumber() {
        desk.raise(113, visaNotReceived("Media Expert"), CARD, POLISH_BANK, WISLANY).orElseThrow();
        desk.act(113, "RESPONSE_RECEIVED", "", "").orElseThrow();
        desk.act(113, "PRE_ARBITRATION", "", "").orElseThrow();

        DisputeRecord won = desk.act(113, "ACQUIRER_ACCEPTED", "", "0.10").orElseThrow();

        assertThat(won.dispute().money().recovered()).isEqualTo(Money.of("PLN", "0.10"));
        assertThat(won.dispute().money().outstanding()).isEqualTo(Money.of("PLN", "349.80"));
    }

    @Test
    void theEvidenceHeldIsKeptAndAnUnknownItemIsNamed() {
        desk.raise(114, visaNotReceived("Media Expert"), CARD, POLISH_BANK, WISLANY).orElseThrow();
        String first = DisputeFixture.EVIDENCE.checklist(records.find(114).orElseThrow().dispute().facts().reason())
                .required().getFirst().id();

        DisputeRecord held = desk.holdEvidence(114, List.of(first)).orElseThrow();

        assertThat(held.evidence()).extracting(e -> e.id()).containsExactly(first);
        assertThat(records.find(114).orElseThrow().evidence()).isEqualTo(held.evidence());
        assertThat(refusals(desk.holdEvidence(114, List.of(first, "selfie")))).containsExactly(
                Refusal.of("evidence", "selfie", DisputeMessageKeys.EVIDENCE_UNKNOWN));
        assertThat(records.find(114).orElseThrow().evidence()).isEqualTo(held.evidence());
    }

    @Test
    void aCheckedDisputeIsStoredOnlyWhenOpenedForARequest() {
        var checked = desk.check(visaNotReceived("Media Expert"), CARD, POLISH_BANK, WISLANY).orElseThrow();
        assertThat(records.saves).isZero();

        assertThat(desk.open(115, checked).orElseThrow().dispute()).isEqualTo(checked.dispute());
        assertThat(refusals(desk.open(115, checked))).extracting(Refusal::reasonKey)
                .containsExactly(DisputeMessageKeys.DISPUTE_EXISTS);
    }

    @Test
    void aLimitInBusinessDaysCountsOnThePartnersCalendarAndNamesIt() {
        calendars.put(LAGOS_BANK.id(), weekdaysWithout("ng-lagos", Set.of(LAGOS_HOLIDAY)));

        DisputeRecord raised = desk.raise(120, mastercardInNigeria(), CARD, DOMESTIC_NG, LAGOS_BANK).orElseThrow();

        StageDeadline due = ((OpenDispute) raised.dispute()).deadline().orElseThrow();
        assertThat(due.stage()).isEqualTo(DisputeStage.SECOND_PRESENTMENT);
        assertThat(due.countedFrom()).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(due.dueOn()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(due.businessCalendar()).contains("ng-lagos");
        assertThat(raised.partner()).contains(LAGOS_BANK.id());
        assertThat(records.find(120)).contains(raised);
    }

    @Test
    void aPartnerWithoutACalendarCountsMondayToFridayAndTheLimitSaysSo() {
        DisputeRecord raised = desk.raise(121, mastercardInNigeria(), CARD, DOMESTIC_NG, LAGOS_BANK).orElseThrow();

        StageDeadline due = ((OpenDispute) raised.dispute()).deadline().orElseThrow();
        assertThat(due.dueOn()).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(due.businessCalendar()).isEmpty();
    }

    @Test
    void aCalendarChangedLaterLeavesTheStoredLimitAsItWasAndCountsOnlyNewLimits() {
        desk.raise(122, mastercardInNigeria(), CARD, DOMESTIC_NG, LAGOS_BANK).orElseThrow();
        StageDeadline before = ((OpenDispute) records.find(122).orElseThrow().dispute()).deadline().orElseThrow();

        calendars.put(LAGOS_BANK.id(), weekdaysWithout("ng-lagos", Set.of(LAGOS_HOLIDAY)));

        assertThat(((OpenDispute) records.find(122).orElseThrow().dispute()).deadline()).contains(before);
        assertThat(before.dueOn()).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(desk.raise(123, mastercardInNigeria(), CARD, DOMESTIC_NG, LAGOS_BANK).orElseThrow().nextDue())
                .contains(LocalDate.of(2026, 11, 27));
    }

    @Test
    void theDeadlineJobWaitsForTheDueDateCountedOnThePartnersCalendar() {
        calendars.put(LAGOS_BANK.id(), weekdaysWithout("ng-lagos", Set.of(LAGOS_HOLIDAY)));
        desk.raise(124, mastercardInNigeria(), CARD, DOMESTIC_NG, LAGOS_BANK).orElseThrow();

        DisputeDesk friday = deskAt(Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), LAGOS));
        DisputeDesk saturday = deskAt(Clock.fixed(Instant.parse("2026-11-28T12:00:00Z"), LAGOS));

        assertThat(friday.sweepPassedDeadlines(Optional.empty(), 100).changed()).isEmpty();
        assertThat(saturday.sweepPassedDeadlines(Optional.empty(), 100).changed()).extracting(DisputeRecord::issueId).containsExactly(124L);
        assertThat(((ClosedDispute) records.find(124).orElseThrow().dispute()).closedOn())
                .isEqualTo(LocalDate.of(2026, 11, 28));
    }

    @Test
    void aPartnerCalendarWithoutAnyWorkingDayRefusesTheFilingByNameAndStoresNothing() {
        calendars.put(LAGOS_BANK.id(), BusinessDayCalendar.partnerCalendar("ng-closed", date -> false));

        assertThat(refusals(desk.raise(125, mastercardInNigeria(), CARD, DOMESTIC_NG, LAGOS_BANK))).containsExactly(
                Refusal.of("calendar", "ng-closed", DisputeMessageKeys.DEADLINE_NO_BUSINESS_DAY, "ng-closed",
                        "2026-11-24", "366", "mc-second-presentment-ng"));
        assertThat(records.find(125)).isEmpty();
    }

    @Test
    void aDisputeTheRulesCannotSettleIsReportedStuckAndHidesNoneOfTheDisputesBehindIt() {
        desk.raise(127, mastercardInNigeria(), CARD, DOMESTIC_NG, LAGOS_BANK).orElseThrow();
        deskAt(Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), LAGOS)).act(127, "RESPONSE_RECEIVED", "", "")
                .orElseThrow();
        deskAt(Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), LAGOS)).act(127, "PRE_ARBITRATION", "", "")
                .orElseThrow();
        LocalDate acquirerDue = records.find(127).orElseThrow().nextDue().orElseThrow();
        DeadlineRule arbitration = DEFAULT_RULES.rule("mc-arbitration").orElseThrow();
        new EditingDeadlineRules(books, SCHEMES, CLOCK).save(new DeadlineRule(arbitration.id(), arbitration.scheme(),
                arbitration.stage(), arbitration.reason(), arbitration.region(), arbitration.channel(), 10,
                DayCount.BUSINESS, arbitration.from(), arbitration.source()), "timur").orElseThrow();
        calendars.put(LAGOS_BANK.id(), BusinessDayCalendar.partnerCalendar("ng-closed", date -> false));
        DisputeDesk friday = deskAt(Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), WARSAW));
        friday.raise(128, visaNotReceived("Media Expert"), CARD, POLISH_BANK, WISLANY).orElseThrow();
        LocalDate visaDue = records.find(128).orElseThrow().nextDue().orElseThrow();
        assertThat(acquirerDue).isBefore(visaDue);
        DisputeDesk later = deskAt(Clock.fixed(visaDue.plusDays(2).atTime(12, 0).atZone(WARSAW).toInstant(), WARSAW));

        DeadlineSweep first = later.sweepPassedDeadlines(Optional.empty(), 1);

        assertThat(first.changed()).isEmpty();
        assertThat(first.stuck()).singleElement().satisfies(stuck -> {
            assertThat(stuck.record().issueId()).isEqualTo(127);
            assertThat(stuck.reasons()).extracting(Refusal::reasonKey)
                    .containsExactly(DisputeMessageKeys.DEADLINE_NO_BUSINESS_DAY);
        });
        assertThat(records.find(127).orElseThrow().nextDue()).contains(acquirerDue);
        assertThat(first.next()).contains(new DueCursor(acquirerDue, 127));

        DeadlineSweep second = later.sweepPassedDeadlines(first.next(), 1);

        assertThat(second.changed()).extracting(DisputeRecord::issueId).containsExactly(128L);
        assertThat(second.stuck()).isEmpty();
        assertThat(later.sweepPassedDeadlines(second.next(), 1).changed()).isEmpty();
    }

    @Test
    void aDisputeNotYetDueInItsPartnersDateIsNeitherSettledNorStuckAndTheNextBatchGoesOn() {
        DisputeDesk october = deskAt(Clock.fixed(Instant.parse("2026-10-14T10:00:00Z"), WARSAW));
        october.raise(129, visaNotReceived("Media Expert"), CARD, POLISH_BANK, WISLANY).orElseThrow();
        LocalDate due = records.find(129).orElseThrow().nextDue().orElseThrow();
        DisputeDesk lastEvening = deskAt(Clock.fixed(due.atTime(23, 30).atZone(WARSAW).toInstant(), WARSAW));

        DeadlineSweep sweep = lastEvening.sweepPassedDeadlines(Optional.empty(), 1);

        assertThat(sweep.changed()).isEmpty();
        assertThat(sweep.stuck()).isEmpty();
        assertThat(sweep.next()).contains(new DueCursor(due, 129));
        assertThat(lastEvening.sweepPassedDeadlines(sweep.next(), 1).next()).isEmpty();
    }

    @Test
    void aDisputeStoredWithoutItsPartnerCountsMondayToFriday() {
        calendars.put(LAGOS_BANK.id(), weekdaysWithout("ng-lagos", Set.of(LAGOS_HOLIDAY)));
        DisputeRecord raised = desk.raise(126, mastercardInNigeria(), CARD, DOMESTIC_NG, LAGOS_BANK).orElseThrow();

        DisputeRecord older = new DisputeRecord(raised.issueId(), Optional.empty(), raised.zone(), raised.card(),
                raised.dispute(), raised.evidence());

        assertThat(desk.rulesFor(older).businessDays().name()).isEmpty();
        assertThat(desk.rulesFor(raised).businessDays().name()).contains("ng-lagos");
    }
}
