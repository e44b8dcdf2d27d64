package io.paydesk.core.dispute;

import static io.paydesk.core.dispute.DisputeFixture.CLOCK;
import static io.paydesk.core.dispute.DisputeFixture.DEFAULT_RULES;
import static io.paydesk.core.dispute.DisputeFixture.SCHEMES;
import static io.paydesk.core.dispute.DisputeFixture.aDispute;
import static org.assertj.core.api.Assertions.assertThat;

import io.paydesk.core.common.Outcome;
import io.paydesk.core.common.Refusal;
import io.paydesk.core.dispute.deadline.BusinessDayCalendar;
import io.paydesk.core.dispute.deadline.BusinessDays;
import io.paydesk.core.dispute.deadline.DayCount;
import io.paydesk.core.dispute.deadline.DeadlineAnchor;
import io.paydesk.core.dispute.deadline.DeadlineFacts;
import io.paydesk.core.dispute.deadline.DeadlineRule;
import io.paydesk.core.dispute.deadline.DeadlineRuleBook;
import io.paydesk.core.dispute.deadline.DeadlineRuleTable;
import io.paydesk.core.dispute.deadline.EditingDeadlineRules;
import io.paydesk.core.dispute.deadline.Geography;
import io.paydesk.core.dispute.deadline.InMemoryDeadlineRuleBooks;
import io.paydesk.core.dispute.deadline.RuleBookVersion;
import io.paydesk.core.dispute.deadline.StageDate;
import io.paydesk.core.dispute.deadline.StageDeadline;
import io.paydesk.core.dispute.lifecycle.DisputeCase;
import io.paydesk.core.dispute.scheme.DisputeStage;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeadlineRuleBookTest {

    private static final BusinessDayCalendar WEEKENDS_OFF = BusinessDayCalendar.mondayToFriday();

    private static StageDeadline deadline(DeadlineRuleBook book, DisputeStage stage, DisputeCase dispute, StageDate... stages) {
        return book.deadlineFor(stage, dispute.deadlineFacts(List.of(stages)), WEEKENDS_OFF).orElseThrow();
    }

    @Test
    void aVisaConsumerDisputeMustBeRaisedWithin120DaysOfTheExpectedDeliveryDate() {
        DisputeCase notReceived = aDispute().onVisa().reason("13.1").settledOn(LocalDate.of(2026, 9, 2))
                .expectedOn(LocalDate.of(2026, 9, 20)).build();

        StageDeadline deadline = deadline(DEFAULT_RULES, DisputeStage.DISPUTE, notReceived);

        assertThat(deadline.dueOn()).isEqualTo(LocalDate.of(2027, 1, 18));
        assertThat(deadline.countedFrom()).isEqualTo(LocalDate.of(2026, 9, 20));
        assertThat(deadline.anchor()).isEqualTo(DeadlineAnchor.EXPECTED_SERVICE_DATE);
        assertThat(deadline.ruleId()).isEqualTo("visa-dispute-consumer");
        assertThat(deadline.version()).isEqualTo(new RuleBookVersion("paydesk-defaults", 1));
    }

    @Test
    void withoutAnExpectedDateAConsumerDisputeCountsFromTheProcessingDate() {
        DisputeCase notReceived = aDispute().onVisa().reason("13.1").settledOn(LocalDate.of(2026, 9, 2)).build();

        assertThat(deadline(DEFAULT_RULES, DisputeStage.DISPUTE, notReceived).dueOn())
                .isEqualTo(LocalDate.of(2026, 9, 2).plusDays(120));
    }

    @Test
    void authorizationDisputesAndInvalidDataHave75DaysTheOtherProcessingErrors120() {
        LocalDate settled = LocalDate.of(2026, 9, 2);

        assertThat(deadline(DEFAULT_RULES, DisputeStage.DISPUTE, aDispute().reason("11.3").settledOn(settled).build()).days())
                .isEqualTo(75);
        StageDeadline invalidData = deadline(DEFAULT_RULES, DisputeStage.DISPUTE, aDispute().reason("12.7").settledOn(settled).build());
        assertThat(invalidData.days()).isEqualTo(75);
        assertThat(invalidData.ruleId()).isEqualTo("visa-dispute-invalid-data");
        assertThat(deadline(DEFAULT_RULES, DisputeStage.DISPUTE, aDispute().reason("12.6").settledOn(settled).build()).days())
                .isEqualTo(120);
    }

    @Test
    void aMastercardSecondPresentmentInKazakhstanHas30DaysInsteadOf45() {
        LocalDate chargeback = LocalDate.of(2026, 10, 1);
        StageDate filed = new StageDate(DisputeStage.CHARGEBACK, chargeback);
        DisputeCase abroad = aDispute().onMastercard().in(Geography.issuerIn("KZ").withAcquirerIn("TR")).build();
        DisputeCase domestic = aDispute().onMastercard().in(Geography.issuerIn("KZ").withAcquirerIn("KZ")).build();
        DisputeCase acquirerUnknown = aDispute().onMastercard().in(Geography.issuerIn("KZ")).build();

        assertThat(deadline(DEFAULT_RULES, DisputeStage.SECOND_PRESENTMENT, abroad, filed).dueOn()).isEqualTo(chargeback.plusDays(45));
        assertThat(deadline(DEFAULT_RULES, DisputeStage.SECOND_PRESENTMENT, domestic, filed).dueOn()).isEqualTo(chargeback.plusDays(30));
        assertThat(deadline(DEFAULT_RULES, DisputeStage.SECOND_PRESENTMENT, domestic, filed).ruleId())
                .isEqualTo("mc-second-presentment-kz");
        assertThat(deadline(DEFAULT_RULES, DisputeStage.SECOND_PRESENTMENT, acquirerUnknown, filed).days()).isEqualTo(45);
    }

    @Test
    void nigeriaCountsTwoBusinessDaysSoAFridayChargebackIsDueOnTuesday() {
        LocalDate friday = LocalDate.of(2026, 11, 20);
        DisputeCase lagos = aDispute().onMastercard().in(Geography.issuerIn("NG").withAcquirerIn("NG")).build();

        StageDeadline deadline = deadline(DEFAULT_RULES, DisputeStage.SECOND_PRESENTMENT, lagos,
                new StageDate(DisputeStage.CHARGEBACK, friday));

        assertThat(deadline.count()).isEqualTo(DayCount.BUSINESS);
        assertThat(deadline.dueOn()).isEqualTo(LocalDate.of(2026, 11, 24));
    }

    @Test
    void aLimitCountedMondayToFridayNamesNoCalendar() {
        DisputeCase lagos = aDispute().onMastercard().in(Geography.issuerIn("NG").withAcquirerIn("NG")).build();

        StageDeadline deadline = deadline(DEFAULT_RULES, DisputeStage.SECOND_PRESENTMENT, lagos,
                new StageDate(DisputeStage.CHARGEBACK, LocalDate.of(2026, 11, 20)));

        assertThat(deadline.businessCalendar()).isEmpty();
    }

    @Test
    void aPartnerCalendarsHolidayPushesTheLimitAndTheLimitNamesTheCalendar() {
        LocalDate friday = LocalDate.of(2026, 11, 20);
        BusinessDays weekdays = BusinessDays.weekendsOff();
        BusinessDayCalendar lagosBank = BusinessDayCalendar.partnerCalendar("ng-lagos",
                date -> weekdays.isBusinessDay(date) && !date.equals(LocalDate.of(2026, 11, 23)));
        DisputeCase lagos = aDispute().onMastercard().in(Geography.issuerIn("NG").withAcquirerIn("NG")).build();

        StageDeadline deadline = DEFAULT_RULES.deadlineFor(DisputeStage.SECOND_PRESENTMENT,
                lagos.deadlineFacts(List.of(new StageDate(DisputeStage.CHARGEBACK, friday))), lagosBank).orElseThrow();

        assertThat(deadline.dueOn()).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(deadline.businessCalendar()).contains("ng-lagos");
    }

    @Test
    void aPartnerCalendarWorkingOnSaturdaysCountsThem() {
        BusinessDayCalendar sixDays = BusinessDayCalendar.partnerCalendar("six-days",
                date -> date.getDayOfWeek() != DayOfWeek.SUNDAY);
        DisputeCase lagos = aDispute().onMastercard().in(Geography.issuerIn("NG").withAcquirerIn("NG")).build();

        assertThat(DEFAULT_RULES.deadlineFor(DisputeStage.SECOND_PRESENTMENT,
                lagos.deadlineFacts(List.of(new StageDate(DisputeStage.CHARGEBACK, LocalDate.of(2026, 11, 20)))), sixDays)
                .orElseThrow().dueOn()).isEqualTo(LocalDate.of(2026, 11, 23));
    }

    @Test
    void aCalendarWithoutAnyWorkingDayIsRefusedByNameInsteadOfCountingForever() {
        BusinessDayCalendar closed = BusinessDayCalendar.partnerCalendar("closed", date -> false);
        DisputeCase lagos = aDispute().onMastercard().in(Geography.issuerIn("NG").withAcquirerIn("NG")).build();

        Outcome<StageDeadline> refused = DEFAULT_RULES.deadlineFor(DisputeStage.SECOND_PRESENTMENT,
                lagos.deadlineFacts(List.of(new StageDate(DisputeStage.CHARGEBACK, LocalDate.of(2026, 11, 20)))), closed);

        assertThat(refused).isEqualTo(Outcome.refused(Refusal.of("calendar", "closed",
                DisputeMessageKeys.DEADLINE_NO_BUSINESS_DAY, "closed", "2026-11-20", "366", "mc-second-presentment-ng")));
    }

    @Test
    void aLimitInCalendarDaysNamesNoCalendarEvenWhenThePartnerHasOne() {
        BusinessDayCalendar closed = BusinessDayCalendar.partnerCalendar("closed", date -> false);
        DisputeCase notReceived = aDispute().onVisa().reason("13.1").settledOn(LocalDate.of(2026, 9, 2)).build();

        StageDeadline deadline = DEFAULT_RULES.deadlineFor(DisputeStage.DISPUTE, notReceived.deadlineFacts(List.of()),
                closed).orElseThrow();

        assertThat(deadline.count()).isEqualTo(DayCount.CALENDAR);
        assertThat(deadline.businessCalendar()).isEmpty();
        assertThat(deadline.dueOn()).isEqualTo(LocalDate.of(2026, 9, 2).plusDays(120));
    }

    @Test
    void europeanAtmArbitrationCounts75DaysFromTheSecondPresentment() {
        DisputeCase atm = aDispute().onMastercard().reason("4834").atAnAtm()
                .in(Geography.issuerIn("PL").inSchemeRegion("EUROPE")).build();
        LocalDate secondPresentment = LocalDate.of(2026, 10, 10);

        StageDeadline deadline = deadline(DEFAULT_RULES, DisputeStage.ARBITRATION, atm,
                new StageDate(DisputeStage.CHARGEBACK, LocalDate.of(2026, 10, 1)),
                new StageDate(DisputeStage.SECOND_PRESENTMENT, secondPresentment),
                new StageDate(DisputeStage.PRE_ARBITRATION, LocalDate.of(2026, 10, 20)),
                new StageDate(DisputeStage.PRE_ARBITRATION_RESPONSE, LocalDate.of(2026, 11, 1)));

        assertThat(deadline.ruleId()).isEqualTo("mc-arbitration-europe-atm");
        assertThat(deadline.dueOn()).isEqualTo(secondPresentment.plusDays(75));
    }

    @Test
    void aRuleCountingFromTheProcessingDateWaitsUntilTheTransactionIsSettled() {
        DisputeCase pending = aDispute().onVisa().reason("10.4").notSettled().build();

        assertThat(DEFAULT_RULES.deadlineFor(DisputeStage.DISPUTE, pending.deadlineFacts(List.of()), WEEKENDS_OFF))
                .isEqualTo(Outcome.refused(Refusal.of("settlementDate", "", DisputeMessageKeys.DEADLINE_ANCHOR_MISSING,
                        "processing-date", "visa-dispute-fraud")));
    }

    @Test
    void aStageNoRuleCoversIsRefusedWithTheBookVersion() {
        DeadlineRuleBook withoutResponse = DEFAULT_RULES.withoutRule("visa-dispute-response", "admin", CLOCK).orElseThrow();
        DisputeCase dispute = aDispute().build();

        assertThat(withoutResponse.deadlineFor(DisputeStage.DISPUTE_RESPONSE,
                dispute.deadlineFacts(List.of(new StageDate(DisputeStage.DISPUTE, LocalDate.of(2026, 10, 1)))), WEEKENDS_OFF))
                .isEqualTo(Outcome.refused(Refusal.of("stage", "DISPUTE_RESPONSE", DisputeMessageKeys.DEADLINE_NO_RULE,
                        "visa", "13.1", "paydesk-defaults@r2")));
    }

    @Test
    void editingARuleMakesTheNextRevisionAndLeavesComputedDeadlinesAlone() {
        InMemoryDeadlineRuleBooks books = new InMemoryDeadlineRuleBooks(DEFAULT_RULES);
        EditingDeadlineRules editing = new EditingDeadlineRules(books, SCHEMES, CLOCK);
        DisputeCase dispute = aDispute().reason("13.6").settledOn(LocalDate.of(2026, 9, 2)).build();
        StageDeadline before = deadline(books.current(), DisputeStage.DISPUTE, dispute);

        DeadlineRuleBook edited = editing.save(DEFAULT_RULES.rule("visa-dispute-consumer").orElseThrow().withDays(90)
                .withSource("bank policy 2026-11"), "anna.admin").orElseThrow();

        assertThat(edited.version()).isEqualTo(new RuleBookVersion("paydesk-defaults", 2));
        assertThat(edited.createdBy()).isEqualTo("anna.admin");
        assertThat(edited.createdAt()).isEqualTo(CLOCK.instant());
        assertThat(deadline(edited, DisputeStage.DISPUTE, dispute).dueOn()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(before.dueOn()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(before.version().revision()).isEqualTo(1);
        assertThat(deadline(books.version(before.version()).orElseThrow(), DisputeStage.DISPUTE, dispute)).isEqualTo(before);
        assertThat(books.history()).extracting(DeadlineRuleBook::version).extracting(RuleBookVersion::revision)
                .containsExactly(1, 2);
    }

    @Test
    void twoAdministratorsEditingTheSameRevisionCannotOverwriteEachOther() {
        InMemoryDeadlineRuleBooks books = new InMemoryDeadlineRuleBooks(DEFAULT_RULES);
        DeadlineRule rule = DEFAULT_RULES.rule("visa-dispute-response").orElseThrow();
        DeadlineRuleBook first = DEFAULT_RULES.withRule(rule.withDays(20), "anna", CLOCK).orElseThrow();
        DeadlineRuleBook second = DEFAULT_RULES.withRule(rule.withDays(25), "bobur", CLOCK).orElseThrow();

        assertThat(books.publish(first)).isEqualTo(Outcome.accepted(first));
        assertThat(books.publish(second)).isEqualTo(Outcome.refused(Refusal.of("revision", "paydesk-defaults@r2",
                DisputeMessageKeys.RULE_STALE_REVISION, "paydesk-defaults@r3")));
    }

    @Test
    void aRuleWithTheSameSelectorsAsAnotherIsRefused() {
        DeadlineRule copy = new DeadlineRule("visa-response-copy", DEFAULT_RULES.rule("visa-dispute-response").orElseThrow().scheme(),
                DisputeStage.DISPUTE_RESPONSE, io.paydesk.core.dispute.deadline.ReasonSelector.ANY,
                io.paydesk.core.dispute.deadline.RegionSelector.ANY, io.paydesk.core.dispute.deadline.ChannelSelector.ANY,
                20, DayCount.CALENDAR, DeadlineAnchor.PREVIOUS_STAGE, "bank policy");

        assertThat(DEFAULT_RULES.withRule(copy, "anna", CLOCK)).isEqualTo(Outcome.refused(Refusal.of("rule",
                "visa-response-copy", DisputeMessageKeys.RULE_DUPLICATE_SELECTORS, "visa-dispute-response")));
    }

    @Test
    void theRuleTableReadsBackToTheSameBook() {
        DeadlineRuleBook edited = DEFAULT_RULES.withRule(DEFAULT_RULES.rule("mc-pre-arbitration").orElseThrow()
                .withSource("Chargeback Guide 2024; checked by ops"), "ops;lead\nteam", CLOCK).orElseThrow();

        String text = DeadlineRuleTable.write(edited);

        assertThat(DeadlineRuleTable.parse(text, SCHEMES)).isEqualTo(Outcome.accepted(edited));
        assertThat(edited.createdBy()).isEqualTo("ops,lead team");
    }

    @Test
    void aBrokenRuleTableNamesEveryBadCellByLine() {
        String text = """
                book=bank-rules
                revision=1
                createdAt=2026-11-24T00:00:00Z
                createdBy=anna
                rule;scheme;stage;reason;region;channel;days;count;from;source
                ok-rule;visa;DISPUTE;*;*;*;120;calendar;processing-date;[84]
                bad-rule;visa;SECOND_PRESENTMENT;4853;domestic:XX;sometimes;0;weekly;stage:ARBITRATION;
                other;humo;DISPUTE;*;*;*;10;calendar;processing-date;bank
                """;

        Outcome<DeadlineRuleBook> outcome = DeadlineRuleTable.parse(text, SCHEMES);

        assertThat(((Outcome.Refused<DeadlineRuleBook>) outcome).refusals()).containsExactly(
                Refusal.of("line 7: stage", "SECOND_PRESENTMENT", DisputeMessageKeys.RULE_STAGE, "Visa"),
                Refusal.of("line 7: reason", "4853", DisputeMessageKeys.RULE_REASON, "Visa"),
                Refusal.of("line 7: region", "domestic:XX", DisputeMessageKeys.RULE_REGION),
                Refusal.of("line 7: channel", "sometimes", DisputeMessageKeys.RULE_CHANNEL),
                Refusal.of("line 7: days", "0", DisputeMessageKeys.RULE_DAYS, "1", "1000"),
                Refusal.of("line 7: count", "weekly", DisputeMessageKeys.RULE_COUNT),
                Refusal.of("line 7: from", "stage:ARBITRATION", DisputeMessageKeys.RULE_FROM),
                Refusal.of("line 7: source", "", DisputeMessageKeys.RULE_SOURCE),
                Refusal.of("line 8: scheme", "humo", DisputeMessageKeys.RULE_SCHEME));
    }

    @Test
    void aRowWithMissingCellsOrAWrongHeaderIsRefusedByLine() {
        String shortRow = """
                book=bank-rules
                revision=1
                createdAt=2026-11-24T00:00:00Z
                createdBy=anna
                rule;scheme;stage;reason;region;channel;days;count;from;source
                short;visa;DISPUTE
                """;
        assertThat(DeadlineRuleTable.parse(shortRow, SCHEMES)).isEqualTo(Outcome.refused(Refusal.of("line 6",
                "short;visa;DISPUTE", DisputeMessageKeys.TABLE_COLUMNS, "10", "3")));
        assertThat(DeadlineRuleTable.parse("rule;scheme;days\n", SCHEMES)).isEqualTo(Outcome.refused(Refusal.of("line 1",
                "rule;scheme;days", DisputeMessageKeys.TABLE_HEADER, String.join(";", DeadlineRuleTable.COLUMNS))));
    }

    @Test
    void theShippedTableCitesASourceForEveryRule() {
        assertThat(DEFAULT_RULES.rules()).isNotEmpty().allSatisfy(rule -> assertThat(rule.source()).isNotBlank());
        assertThat(DEFAULT_RULES.rule("mc-second-presentment-kz").orElseThrow().source()).contains("[88]");
    }

    @Test
    void factsRememberTheStagesSoFar() {
        DeadlineFacts facts = aDispute().build().deadlineFacts(List.of(new StageDate(DisputeStage.DISPUTE, LocalDate.of(2026, 10, 1))));

        assertThat(facts.lastStageDate()).contains(LocalDate.of(2026, 10, 1));
        assertThat(facts.dateOf(DisputeStage.ARBITRATION)).isEmpty();
    }
}
