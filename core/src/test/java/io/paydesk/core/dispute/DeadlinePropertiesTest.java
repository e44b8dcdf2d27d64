package io.paydesk.core.dispute;

import static io.paydesk.core.dispute.DisputeFixture.CLOCK;
import static io.paydesk.core.dispute.DisputeFixture.DEFAULT_RULES;
import static io.paydesk.core.dispute.DisputeFixture.SCHEMES;
import static org.assertj.core.api.Assertions.assertThat;

import io.paydesk.core.dispute.deadline.BusinessCalendars;
import io.paydesk.core.dispute.deadline.BusinessDayCalendar;
import io.paydesk.core.dispute.deadline.ChannelSelector;
import io.paydesk.core.dispute.deadline.DayCount;
import io.paydesk.core.dispute.deadline.DeadlineAnchor;
import io.paydesk.core.dispute.deadline.DeadlineFacts;
import io.paydesk.core.dispute.deadline.DeadlineRule;
import io.paydesk.core.dispute.deadline.DeadlineRuleBook;
import io.paydesk.core.dispute.deadline.Geography;
import io.paydesk.core.dispute.deadline.InMemoryDeadlineRuleBooks;
import io.paydesk.core.dispute.deadline.ReasonSelector;
import io.paydesk.core.dispute.deadline.RegionSelector;
import io.paydesk.core.dispute.deadline.RuleBookVersion;
import io.paydesk.core.dispute.deadline.StageDate;
import io.paydesk.core.dispute.deadline.StageDeadline;
import io.paydesk.core.dispute.desk.DisputeDesk;
import io.paydesk.core.dispute.lifecycle.Dispute;
import io.paydesk.core.dispute.lifecycle.OpenDispute;
import io.paydesk.core.dispute.scheme.DisputeFlow;
import io.paydesk.core.dispute.scheme.DisputeStage;
import io.paydesk.core.dispute.scheme.ReasonCode;
import io.paydesk.core.dispute.scheme.SchemeId;
import io.paydesk.core.dispute.transaction.TypedTransaction;
import io.paydesk.core.partner.PartnerBank;
import io.paydesk.core.partner.PartnerId;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class DeadlinePropertiesTest {

    private static final LocalDate EPOCH = LocalDate.of(2020, 1, 1);

    /** A dispute at some point of its cycle: facts with every stage up to {@code stageIndex} entered. */
    record Situation(ReasonCode reason, Geography geography, boolean atm, LocalDate transactionDate,
            int settlementLag, Optional<Integer> expectedLag, List<Integer> stageGaps, int stageIndex) {

        DisputeFlow flow() {
            return SCHEMES.scheme(reason.scheme()).orElseThrow().flow();
        }

        DisputeStage stage() {
            return flow().stages().get(stageIndex);
        }

        DeadlineFacts facts() {
            List<StageDate> stages = new ArrayList<>();
            LocalDate date = transactionDate.plusDays(settlementLag);
            for (int i = 0; i < stageIndex; i++) {
                date = date.plusDays(stageGaps.get(i));
                stages.add(new StageDate(flow().stages().get(i), date));
            }
            return new DeadlineFacts(reason, geography, atm, transactionDate,
                    Optional.of(transactionDate.plusDays(settlementLag)),
                    expectedLag.map(transactionDate::plusDays), stages);
        }
    }

    @Provide
    Arbitrary<Situation> situations() {
        Arbitrary<ReasonCode> reason = Arbitraries.of(SCHEMES.allReasons());
        Arbitrary<Geography> geography = Arbitraries.of(
                Geography.issuerIn("UZ"),
                Geography.issuerIn("KZ").withAcquirerIn("KZ"),
                Geography.issuerIn("NG").withAcquirerIn("NG"),
                Geography.issuerIn("CR").withAcquirerIn("CR"),
                Geography.issuerIn("TZ").withAcquirerIn("TZ"),
                Geography.issuerIn("PL").inSchemeRegion("EUROPE"),
                Geography.issuerIn("UA").withAcquirerIn("PL").inSchemeRegion("EUROPE"));
        Arbitrary<LocalDate> day = Arbitraries.integers().between(0, 3650).map(EPOCH::plusDays);
        Arbitrary<Optional<Integer>> expected = Arbitraries.integers().between(0, 200).optional();
        Arbitrary<List<Integer>> gaps = Arbitraries.integers().between(0, 60).list().ofSize(5);
        return Combinators.combine(reason, geography, Arbitraries.of(true, false), day,
                Arbitraries.integers().between(0, 30), expected, gaps, Arbitraries.integers().between(0, 4))
                .as(Situation::new);
    }

    /** Working weekdays (at least one) and days off, as a partner calendar would have them. */
    record WorkingWeek(Set<DayOfWeek> workingDays, Set<LocalDate> daysOff) {

        boolean isWorkingDay(LocalDate date) {
            return workingDays.contains(date.getDayOfWeek()) && !daysOff.contains(date);
        }

        BusinessDayCalendar calendar(String name) {
            return BusinessDayCalendar.partnerCalendar(name, this::isWorkingDay);
        }
    }

    @Provide
    Arbitrary<WorkingWeek> workingWeeks() {
        Arbitrary<Set<DayOfWeek>> days = Arbitraries.of(DayOfWeek.values()).set().ofMinSize(1);
        Arbitrary<Set<LocalDate>> off = Arbitraries.integers().between(0, 3650).map(EPOCH::plusDays).set().ofMaxSize(400);
        return Combinators.combine(days, off).as(WorkingWeek::new);
    }

    @Provide
    Arbitrary<BusinessDayCalendar> calendars() {
        return Arbitraries.oneOf(Arbitraries.just(BusinessDayCalendar.mondayToFriday()),
                Arbitraries.just(BusinessDayCalendar.partnerCalendar("every-day", date -> true)),
                workingWeeks().map(week -> week.calendar("partner")));
    }

    /** A rule in business days, as shipped for Nigeria or as an administrator may write one. */
    @Provide
    Arbitrary<DeadlineRule> businessDayRule() {
        return Arbitraries.integers().between(1, 60).map(days -> new DeadlineRule("business-rule", SchemeId.MASTERCARD,
                DisputeStage.SECOND_PRESENTMENT, ReasonSelector.ANY, RegionSelector.ANY, ChannelSelector.ANY, days,
                DayCount.BUSINESS, DeadlineAnchor.PREVIOUS_STAGE, "property test"));
    }

    @Provide
    Arbitrary<DeadlineRule> anyRule() {
        Arbitrary<DisputeStage> stage = Arbitraries.of(DisputeFlow.VISA.stages());
        Arbitrary<DeadlineAnchor> anchor = Arbitraries.of(DeadlineAnchor.TRANSACTION_DATE, DeadlineAnchor.PROCESSING_DATE,
                DeadlineAnchor.EXPECTED_SERVICE_DATE, DeadlineAnchor.PREVIOUS_STAGE, DeadlineAnchor.stage(DisputeStage.DISPUTE));
        return Combinators.combine(stage, Arbitraries.integers().between(1, DeadlineRule.MAX_DAYS),
                Arbitraries.of(DayCount.values()), anchor)
                .filter((s, d, c, a) -> !s.isOpening() || DeadlineRule.countsFromTransaction(a))
                .as((s, d, c, a) -> new DeadlineRule("any-rule", SchemeId.VISA, s, ReasonSelector.ANY, RegionSelector.ANY,
                        ChannelSelector.ANY, d, c, a, "property test"));
    }

    @Property(tries = 500)
    void everyShippedStageDeadlineIsAfterTheDateItCountsFromAndAfterTheStageBefore(
            @ForAll("situations") Situation situation, @ForAll("calendars") BusinessDayCalendar calendar) {
        DeadlineFacts facts = situation.facts();

        StageDeadline deadline = DEFAULT_RULES.deadlineFor(situation.stage(), facts, calendar).orElseThrow();

        assertThat(deadline.dueOn()).isAfter(deadline.countedFrom());
        assertThat(deadline.countedFrom()).isAfterOrEqualTo(facts.transactionDate());
        facts.lastStageDate().ifPresent(previous -> {
            if (deadline.anchor().equals(DeadlineAnchor.PREVIOUS_STAGE)) {
                assertThat(deadline.dueOn()).isAfter(previous);
            }
        });
    }

    @Property(tries = 500)
    void anyRuleAnAdministratorCanWriteGivesADeadlineAfterItsStart(@ForAll("anyRule") DeadlineRule rule,
            @ForAll("situations") Situation situation, @ForAll("calendars") BusinessDayCalendar calendar) {
        DeadlineRuleBook book = DeadlineRuleBook.of(new RuleBookVersion("prop", 1), Instant.EPOCH, "test", List.of(rule))
                .orElseThrow();
        ReasonCode visaCode = SCHEMES.reason(SchemeId.VISA, "13.1").orElseThrow();
        Situation visa = new Situation(visaCode, situation.geography(), situation.atm(), situation.transactionDate(),
                situation.settlementLag(), situation.expectedLag(), situation.stageGaps(),
                Math.max(1, DisputeFlow.VISA.stages().indexOf(rule.stage())));
        DeadlineFacts facts = visa.facts();
        if (rule.stage() == DisputeStage.DISPUTE) {
            facts = new DeadlineFacts(visaCode, situation.geography(), situation.atm(), situation.transactionDate(),
                    facts.processingDate(), facts.expectedServiceDate(), List.of());
        }

        book.deadlineFor(rule.stage(), facts, calendar).map(deadline -> {
            assertThat(deadline.dueOn()).isAfter(deadline.countedFrom());
            assertThat(deadline.days()).isEqualTo(rule.days());
            if (rule.count() == DayCount.CALENDAR) {
                assertThat(deadline.dueOn()).isEqualTo(deadline.countedFrom().plusDays(rule.days()));
            } else {
                assertThat(calendar.days().isBusinessDay(deadline.dueOn())).isTrue();
                assertThat(deadline.businessCalendar()).isEqualTo(calendar.name());
            }
            return deadline;
        }).orElseThrow();
    }

    @Property(tries = 300)
    void editingARuleNeverChangesDeadlinesComputedUnderTheOldVersion(
            @ForAll("situations") Situation situation, @ForAll @IntRange(min = 1, max = 1000) int newDays,
            @ForAll("calendars") BusinessDayCalendar calendar) {
        InMemoryDeadlineRuleBooks books = new InMemoryDeadlineRuleBooks(DEFAULT_RULES);
        DeadlineRuleBook old = books.current();
        String oldText = io.paydesk.core.dispute.deadline.DeadlineRuleTable.write(old);
        StageDeadline computed = old.deadlineFor(situation.stage(), situation.facts(), calendar).orElseThrow();
        DeadlineRule applied = old.rule(computed.ruleId()).orElseThrow();

        DeadlineRuleBook edited = old.withRule(applied.withDays(newDays), "admin", CLOCK).orElseThrow();
        books.publish(edited).orElseThrow();

        StageDeadline underOld = books.version(computed.version()).orElseThrow()
                .deadlineFor(situation.stage(), situation.facts(), calendar).orElseThrow();
        StageDeadline underNew = books.current().deadlineFor(situation.stage(), situation.facts(), calendar).orElseThrow();
        assertThat(underOld).isEqualTo(computed);
        assertThat(computed.version().revision()).isEqualTo(1);
        assertThat(underNew.version().revision()).isEqualTo(2);
        assertThat(underNew.days()).isEqualTo(newDays);
        assertThat(io.paydesk.core.dispute.deadline.DeadlineRuleTable.write(old)).isEqualTo(oldText);
    }

    /** Facts of a Mastercard dispute whose chargeback was filed on {@code chargeback}. */
    private static DeadlineFacts chargebackOn(LocalDate chargeback) {
        ReasonCode reason = SCHEMES.reason(SchemeId.MASTERCARD, "4853").orElseThrow();
        LocalDate bought = chargeback.minusDays(20);
        return new DeadlineFacts(reason, Geography.issuerIn("NG").withAcquirerIn("NG"), false, bought,
                Optional.of(bought.plusDays(1)), Optional.empty(), List.of(new StageDate(DisputeStage.CHARGEBACK, chargeback)));
    }

    private static DeadlineRuleBook bookOf(DeadlineRule rule) {
        return DeadlineRuleBook.of(new RuleBookVersion("prop", 1), Instant.EPOCH, "test", List.of(rule)).orElseThrow();
    }

    @Property(tries = 500)
    void aLimitInBusinessDaysEndsAfterItsStartOnAWorkingDayAfterExactlyThatManyWorkingDays(
            @ForAll("businessDayRule") DeadlineRule rule, @ForAll("workingWeeks") WorkingWeek week,
            @ForAll @IntRange(min = 0, max = 3300) int day) {
        LocalDate start = EPOCH.plusDays(day);

        StageDeadline deadline = bookOf(rule).deadlineFor(DisputeStage.SECOND_PRESENTMENT, chargebackOn(start),
                week.calendar("partner")).orElseThrow();

        assertThat(deadline.dueOn()).isAfter(start);
        assertThat(week.isWorkingDay(deadline.dueOn())).isTrue();
        assertThat(start.datesUntil(deadline.dueOn().plusDays(1)).filter(d -> d.isAfter(start))
                .filter(week::isWorkingDay).count()).isEqualTo(rule.days());
        assertThat(deadline.businessCalendar()).contains("partner");
    }

    @Property(tries = 500)
    void holidaysPushALimitLaterByExactlyTheHolidaysThatFallOnWorkingDaysInsideIt(
            @ForAll("businessDayRule") DeadlineRule rule, @ForAll("workingWeeks") WorkingWeek week,
            @ForAll @IntRange(min = 0, max = 3300) int day,
            @ForAll @Size(max = 30) Set<@IntRange(min = 0, max = 120) Integer> holidayOffsets) {
        LocalDate start = EPOCH.plusDays(day);
        Set<LocalDate> holidays = new HashSet<>();
        holidayOffsets.forEach(offset -> holidays.add(start.plusDays(offset)));
        Set<LocalDate> allOff = new HashSet<>(week.daysOff());
        allOff.addAll(holidays);
        WorkingWeek withHolidays = new WorkingWeek(week.workingDays(), allOff);
        DeadlineRuleBook book = bookOf(rule);

        LocalDate without = book.deadlineFor(DisputeStage.SECOND_PRESENTMENT, chargebackOn(start), week.calendar("partner"))
                .orElseThrow().dueOn();
        LocalDate with = book.deadlineFor(DisputeStage.SECOND_PRESENTMENT, chargebackOn(start),
                withHolidays.calendar("partner")).orElseThrow().dueOn();

        long onWorkingDaysInside = holidays.stream()
                .filter(h -> h.isAfter(start) && !h.isAfter(with) && week.isWorkingDay(h)).count();
        assertThat(with).isEqualTo(week.calendar("partner").days()
                .plusBusinessDays(start, rule.days() + (int) onWorkingDaysInside).orElseThrow());
        assertThat(with).isAfterOrEqualTo(without);
        if (holidays.stream().noneMatch(h -> h.isAfter(start) && !h.isAfter(without) && week.isWorkingDay(h))) {
            assertThat(with).isEqualTo(without);
        }
    }

    @Property(tries = 200)
    void aPartnerCalendarEditedLaterNeverMovesAStoredLimit(@ForAll @IntRange(min = 2200, max = 3500) int day,
            @ForAll("workingWeeks") WorkingWeek before, @ForAll("workingWeeks") WorkingWeek after,
            @ForAll boolean renamed) {
        PartnerId lagosBank = new PartnerId("7");
        ZoneId lagos = ZoneId.of("Africa/Lagos");
        PartnerBank partner = new PartnerBank(lagosBank, "Eko Card Bank", "NG", lagos, Locale.ENGLISH);
        Map<PartnerId, BusinessDayCalendar> settings = new HashMap<>(Map.of(lagosBank, before.calendar("ng-lagos")));
        BusinessCalendars calendars = id -> settings.getOrDefault(id, BusinessDayCalendar.mondayToFriday());
        InMemoryDisputeRecords records = new InMemoryDisputeRecords();
        InMemoryDeadlineRuleBooks books = new InMemoryDeadlineRuleBooks(DEFAULT_RULES);
        LocalDate filed = EPOCH.plusDays(day);
        DisputeDesk desk = new DisputeDesk(SCHEMES, DisputeFixture.EVIDENCE, books, calendars, records,
                Clock.fixed(filed.atTime(10, 0).atZone(lagos).toInstant(), lagos));
        TypedDispute typed = new TypedDispute("mastercard", "4853", "25000.00", "NGN", "", new TypedTransaction(
                "624512345678", DisputeFixture.ARN, "A1B2C3", filed.minusDays(10).toString(), filed.minusDays(9).toString(),
                "Jumia", "5732", false));
        StageDeadline stored = ((OpenDispute) desk.raise(1, typed, "4111 1111 1111 1111",
                Geography.issuerIn("NG").withAcquirerIn("NG"), partner).orElseThrow().dispute()).deadline().orElseThrow();

        settings.put(lagosBank, after.calendar(renamed ? "ng-lagos-2027" : "ng-lagos"));

        assertThat(((OpenDispute) records.find(1).orElseThrow().dispute()).deadline()).contains(stored);
        assertThat(stored.businessCalendar()).contains("ng-lagos");
        assertThat(stored.dueOn()).isEqualTo(before.calendar("x").days().plusBusinessDays(filed, 2).orElseThrow());
        DisputeDesk onTheStoredDueDate = new DisputeDesk(SCHEMES, DisputeFixture.EVIDENCE, books, calendars, records,
                Clock.fixed(stored.dueOn().atTime(10, 0).atZone(lagos).toInstant(), lagos));
        Dispute answered = onTheStoredDueDate.act(1, "RESPONSE_RECEIVED", stored.dueOn().toString(), "").orElseThrow()
                .dispute();
        assertThat(answered.track().stages().getLast().timeLimit()).isEqualTo(stored);
    }
}
