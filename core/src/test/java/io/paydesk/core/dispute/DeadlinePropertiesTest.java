package io.paydesk.core.dispute;

import static io.paydesk.core.dispute.DisputeFixture.CLOCK;
import static io.paydesk.core.dispute.DisputeFixture.DEFAULT_RULES;
import static io.paydesk.core.dispute.DisputeFixture.SCHEMES;
import static org.assertj.core.api.Assertions.assertThat;

import io.paydesk.core.dispute.deadline.BusinessDays;
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
import io.paydesk.core.dispute.scheme.DisputeFlow;
import io.paydesk.core.dispute.scheme.DisputeStage;
import io.paydesk.core.dispute.scheme.ReasonCode;
import io.paydesk.core.dispute.scheme.SchemeId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

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

    @Provide
    Arbitrary<BusinessDays> calendars() {
        Arbitrary<BusinessDays> withHolidays = Arbitraries.integers().between(0, 3650).map(EPOCH::plusDays)
                .set().ofMaxSize(400).map(holidays -> {
                    Set<LocalDate> off = Set.copyOf(holidays);
                    BusinessDays weekends = BusinessDays.weekendsOff();
                    return (BusinessDays) date -> weekends.isBusinessDay(date) && !off.contains(date);
                });
        return Arbitraries.oneOf(Arbitraries.just(BusinessDays.weekendsOff()),
                Arbitraries.just((BusinessDays) date -> true), withHolidays);
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
            @ForAll("situations") Situation situation, @ForAll("calendars") BusinessDays calendar) {
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
            @ForAll("situations") Situation situation, @ForAll("calendars") BusinessDays calendar) {
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
                assertThat(calendar.isBusinessDay(deadline.dueOn())).isTrue();
            }
            return deadline;
        }).orElseThrow();
    }

    @Property(tries = 300)
    void editingARuleNeverChangesDeadlinesComputedUnderTheOldVersion(
            @ForAll("situations") Situation situation, @ForAll @IntRange(min = 1, max = 1000) int newDays,
            @ForAll("calendars") BusinessDays calendar) {
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
}
