package io.paydesk.core.sla;

import static io.paydesk.core.sla.SlaFixtures.CALENDARS;
import static io.paydesk.core.sla.SlaFixtures.WARSAW_OFFICE;
import static org.assertj.core.api.Assertions.assertThat;

import io.paydesk.core.calendar.TimeWindow;
import io.paydesk.core.common.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;

/**
 * Invariants of timers over random request histories on the Warsaw calendar, in whole minutes, around
 * the end of November and Christmas 2026 (weekends and holidays included): status changes into and out
 * of every hold, comments, resolutions, reopenings and priority changes, several at the same moment.
 */
class SlaTimerPropertiesTest {

    private static final SlaPolicy POLICY = SlaFixtures.wislanyStandardV1();

    /** The same goals started and stopped by statuses instead of events: a cycle runs from "In progress" until "Done". */
    private static final SlaPolicy BY_STATUS = SlaFixtures.bookOf(SlaPolicy.draft("by-status").named("By status")
            .goal(GoalKind.RESOLUTION, Duration.ofHours(6), SlaFixtures.OFFICE,
                    List.of(Trigger.entersStatus(SlaFixtures.IN_PROGRESS)), List.of(), List.of(Trigger.entersStatus(SlaFixtures.DONE)))
            .goal(GoalKind.PARTNER_UPDATE, Duration.ofMinutes(90), SlaFixtures.OFFICE, List.of(Trigger.on(EventKind.CREATED)),
                    List.of(Trigger.leavesStatus(SlaFixtures.WAITING_FOR_CUSTOMER)), List.of(Trigger.on(EventKind.RESOLVED)))
            .pauseWhile(SlaFixtures.WAITING_FOR_CUSTOMER, PauseReason.CUSTOMER_DOCUMENTS)
            .pauseWhile(SlaFixtures.PENDING, PauseReason.SCHEME_OR_ACQUIRER)
            .pauseReason(PauseReason.MERCHANT)
            .warnAt(25, 80))
            .current(new SlaPolicyId("by-status")).orElseThrow();

    private static final List<String> STATUSES = List.of(SlaFixtures.IN_PROGRESS, SlaFixtures.WAITING_FOR_CUSTOMER,
            SlaFixtures.WAITING_FOR_PARTNER, SlaFixtures.PENDING, SlaFixtures.DONE, SlaFixtures.OPEN);
    private static final List<String> REASONS = List.of("merchant", "partner-bank", "scheme-acquirer", "not-a-reason");

    /** One thing that happens some minutes after the previous one. */
    record Step(int gapMinutes, int action, int option) {
    }

    /** A request created at a whole minute, what happened to it, and when it is looked at (minutes after the last event, maybe before it). */
    record Scenario(Instant created, List<Step> steps, int lookMinutes) {

        RequestStory story() {
            RequestStory story = SlaFixtures.aRequest("PROP").created(created, SlaFixtures.OPEN, "P3");
            Instant at = created;
            for (Step step : steps) {
                at = at.plus(Duration.ofMinutes(step.gapMinutes()));
                switch (step.action()) {
                    case 0, 1, 2 -> {
                        String status = STATUSES.get(step.option() % STATUSES.size());
                        if (step.option() % 3 == 0) {
                            story.movedTo(status, at, REASONS.get(step.option() % REASONS.size()));
                        } else {
                            story.movedTo(status, at);
                        }
                    }
                    case 3 -> story.agentCommented(at);
                    case 4 -> story.customerCommented(at);
                    case 5 -> story.resolved(at);
                    case 6 -> story.reopened(at);
                    default -> story.prioritySetTo("P" + (1 + step.option() % 4), at);
                }
            }
            return story;
        }

        Instant lastEvent() {
            return created.plus(Duration.ofMinutes(steps.stream().mapToInt(Step::gapMinutes).sum()));
        }

        Instant now() {
            Instant now = lastEvent().plus(Duration.ofMinutes(lookMinutes));
            return now.isBefore(created) ? created : now;
        }
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        Instant first = LocalDateTime.of(2026, 11, 20, 0, 0).atZone(SlaFixtures.WARSAW).toInstant();
        Arbitrary<Instant> created = Arbitraries.integers().between(0, 40 * 24 * 60).map(m -> first.plus(Duration.ofMinutes(m)));
        Arbitrary<Integer> gaps = Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just(0)),
                Tuple.of(6, Arbitraries.integers().between(1, 240)),
                Tuple.of(2, Arbitraries.integers().between(241, 3 * 24 * 60)));
        Arbitrary<Step> steps = Combinators.combine(gaps, Arbitraries.integers().between(0, 7), Arbitraries.integers().between(0, 59))
                .as(Step::new);
        return Combinators.combine(created, steps.list().ofMinSize(3).ofMaxSize(14),
                        Arbitraries.integers().between(-600, 5 * 24 * 60))
                .as(Scenario::new);
    }

    private static RequestSla evaluate(SlaPolicy policy, EventHistory history, Instant now) {
        return SlaTimers.evaluate(policy, CALENDARS, history, now).orElseThrow();
    }

    @Property(tries = 300)
    void duplicateEventsChangeNothing(@ForAll("scenarios") Scenario scenario, @ForAll Random random) {
        List<RequestEvent> events = scenario.story().events();
        List<RequestEvent> withDuplicates = new ArrayList<>(events);
        for (RequestEvent event : events) {
            if (random.nextInt(3) == 0) {
                withDuplicates.add(random.nextInt(withDuplicates.size() + 1), event);
            }
        }

        Outcome<RequestSla> once = SlaTimers.evaluate(POLICY, CALENDARS, EventHistory.of("PROP", events).orElseThrow(), scenario.now());
        Outcome<RequestSla> duplicated = SlaTimers.evaluate(POLICY, CALENDARS,
                EventHistory.of("PROP", withDuplicates).orElseThrow(), scenario.now());

        assertThat(duplicated).isEqualTo(once);
    }

    @Property(tries = 300)
    void shuffledEventOrderGivesTheSameTimers(@ForAll("scenarios") Scenario scenario, @ForAll Random random) {
        List<RequestEvent> events = scenario.story().events();
        List<RequestEvent> shuffled = new ArrayList<>(events);
        Collections.shuffle(shuffled, random);
        EventHistory oneByOne = EventHistory.empty("PROP");
        for (RequestEvent event : shuffled) {
            oneByOne = oneByOne.with(event).orElseThrow();
        }

        RequestSla inOrder = evaluate(POLICY, scenario.story().history(), scenario.now());

        assertThat(evaluate(POLICY, EventHistory.of("PROP", shuffled).orElseThrow(), scenario.now())).isEqualTo(inOrder);
        assertThat(evaluate(POLICY, oneByOne, scenario.now())).isEqualTo(inOrder);
    }

    @Property(tries = 300)
    void whileAClockRunsElapsedPlusTheBusinessTimeLeftToTheDueMomentIsTheGoal(@ForAll("scenarios") Scenario scenario,
            @ForAll boolean byStatus) {
        Instant now = scenario.now();
        for (SlaTimer timer : evaluate(byStatus ? BY_STATUS : POLICY, scenario.story().history(), now).timers()) {
            assertThat(timer.elapsed().plus(timer.remaining())).isEqualTo(timer.target());
            if (timer.state() instanceof TimerState.Running running) {
                assertThat(timer.elapsed().plus(WARSAW_OFFICE.within(now, running.dueAt()))).as("%s", timer).isEqualTo(timer.target());
                assertThat(timer.remaining()).isPositive();
            }
            if (timer.state() instanceof TimerState.Paused) {
                assertThat(timer.remaining()).as("%s", timer).isPositive();
            }
        }
    }

    @Property(tries = 300)
    void theCountingSegmentsAddUpToTheElapsedTimeAndNoneOverlapsAPause(@ForAll("scenarios") Scenario scenario, @ForAll boolean byStatus) {
        for (SlaTimer timer : evaluate(byStatus ? BY_STATUS : POLICY, scenario.story().history(), scenario.now()).timers()) {
            List<Segment> segments = timer.segments();
            List<TimeWindow> counting = segments.stream().filter(Segment.Counting.class::isInstance).map(Segment::window).toList();
            List<TimeWindow> paused = segments.stream().filter(Segment.Paused.class::isInstance).map(Segment::window).toList();

            assertThat(TimeWindow.total(counting)).as("%s", timer).isEqualTo(timer.elapsed());
            assertThat(TimeWindow.subtractAll(counting, paused)).isEqualTo(counting);
            for (int i = 1; i < segments.size(); i++) {
                assertThat(segments.get(i).window().start()).isAfterOrEqualTo(segments.get(i - 1).window().end());
            }
        }
    }

    @Property(tries = 300)
    void pausingNeverMakesATimerBreachEarlier(@ForAll("scenarios") Scenario scenario,
            @ForAll @IntRange(min = 1, max = 4 * 24 * 60) int pauseAfter, @ForAll @IntRange(min = 1, max = 2 * 24 * 60) int pauseLength) {
        RequestStory story = scenario.story();
        Instant from = scenario.created().plus(Duration.ofMinutes(pauseAfter));
        Instant to = from.plus(Duration.ofMinutes(pauseLength));
        List<RequestEvent> base = story.events();
        List<RequestEvent> paused = withExtraPause(base, from, to);
        Instant now = scenario.now();

        RequestSla without = evaluate(POLICY, EventHistory.of("PROP", base).orElseThrow(), now);
        RequestSla with = evaluate(POLICY, EventHistory.of("PROP", paused).orElseThrow(), now);

        assertThat(with.timers()).hasSameSizeAs(without.timers());
        for (int i = 0; i < with.timers().size(); i++) {
            SlaTimer before = without.timers().get(i);
            SlaTimer after = with.timers().get(i);
            assertThat(after.elapsed()).isLessThanOrEqualTo(before.elapsed());
            if (before.breachAt().isPresent() && after.breachAt().isPresent()) {
                assertThat(after.breachAt().get()).as("%s vs %s", after, before).isAfterOrEqualTo(before.breachAt().get());
            }
            if (before.state() instanceof TimerState.Met) {
                assertThat(after.state()).isInstanceOf(TimerState.Met.class);
            }
            if (after.state() instanceof TimerState.Breached) {
                assertThat(before.state()).isInstanceOf(TimerState.Breached.class);
            }
        }
    }

    /** The same history with the request waiting for the customer over {@code [from, to)}, and back in the status it had. */
    private static List<RequestEvent> withExtraPause(List<RequestEvent> events, Instant from, Instant to) {
        List<RequestEvent> sorted = new ArrayList<>(events);
        sorted.sort(RequestEvent.ORDER);
        String statusBeforeTo = "";
        List<RequestEvent> kept = new ArrayList<>();
        for (RequestEvent event : sorted) {
            boolean inside = !event.occurredAt().isBefore(from) && event.occurredAt().isBefore(to);
            if (event.occurredAt().isBefore(to) && event.newStatus().isPresent()) {
                statusBeforeTo = event.newStatus().get();
            }
            if (!(inside && event.change() instanceof RequestEvent.Change.StatusChanged)) {
                kept.add(event);
            }
        }
        // "#" sorts before the story's ids, so anything the story did at the same moments still follows.
        kept.add(RequestEvent.of("#pause-start", "PROP", from, new RequestEvent.Change.StatusChanged("", SlaFixtures.WAITING_FOR_CUSTOMER)));
        kept.add(RequestEvent.of("#pause-end", "PROP", to, new RequestEvent.Change.StatusChanged(SlaFixtures.WAITING_FOR_CUSTOMER, statusBeforeTo)));
        return kept;
    }

    @Property(tries = 120)
    void timersAgreeWithTheMinuteSteppingReference(@ForAll("scenarios") Scenario scenario, @ForAll boolean byStatus) {
        SlaPolicy policy = byStatus ? BY_STATUS : POLICY;
        List<RequestEvent> events = scenario.story().events();
        Instant now = scenario.now();

        List<SlaTimer> timers = evaluate(policy, EventHistory.of("PROP", events).orElseThrow(), now).timers();
        List<MinuteSteppingSla.Clock> reference = new ArrayList<>(new MinuteSteppingSla(policy, WARSAW_OFFICE).evaluate(events, now));
        reference.sort(Comparator.comparing(MinuteSteppingSla.Clock::goal).thenComparingInt(MinuteSteppingSla.Clock::cycle));

        assertThat(timers).hasSameSizeAs(reference);
        for (int i = 0; i < timers.size(); i++) {
            SlaTimer timer = timers.get(i);
            MinuteSteppingSla.Clock expected = reference.get(i);
            String why = timer + " vs " + expected;
            assertThat(timer.goal()).as(why).isEqualTo(expected.goal());
            assertThat(timer.cycle()).as(why).isEqualTo(expected.cycle());
            assertThat(timer.startedAt()).as(why).isEqualTo(expected.startedAt());
            assertThat(timer.stoppedAt()).as(why).isEqualTo(Optional.ofNullable(expected.stoppedAt()));
            assertThat(timer.elapsed()).as(why).isEqualTo(expected.elapsed());
            assertThat(stateOf(timer)).as(why).isEqualTo(expected.state());
            assertThat(timer.breachAt()).as(why).isEqualTo(Optional.ofNullable(expected.dueAt()));
            Statistics.label("states").collect(stateOf(timer), timer.segments().stream().anyMatch(Segment.Paused.class::isInstance)
                    ? "with pauses" : "without pauses");
        }
    }

    private static MinuteSteppingSla.State stateOf(SlaTimer timer) {
        return switch (timer.state()) {
            case TimerState.Running running -> MinuteSteppingSla.State.RUNNING;
            case TimerState.Paused paused -> MinuteSteppingSla.State.PAUSED;
            case TimerState.Met met -> MinuteSteppingSla.State.MET;
            case TimerState.Breached breached -> MinuteSteppingSla.State.BREACHED;
        };
    }

    @Property(tries = 300)
    void theNextDueMomentIsExactlyWhenTheThresholdOrBreachHappens(@ForAll("scenarios") Scenario scenario, @ForAll boolean byStatus) {
        SlaPolicy policy = byStatus ? BY_STATUS : POLICY;
        Instant now = scenario.now();
        EventHistory known = EventHistory.of("PROP", scenario.story().history().until(now)).orElseThrow();
        Optional<Due> next = evaluate(policy, known, now).nextDue();
        if (next.isEmpty()) {
            return;
        }
        Due due = next.get();

        SlaTimer justBefore = timerOf(evaluate(policy, known, due.at().minusNanos(1)), due);
        SlaTimer at = timerOf(evaluate(policy, known, due.at()), due);

        assertThat(due.at()).isAfter(now);
        switch (due) {
            case Due.Warning warning -> {
                assertThat(justBefore.thresholdsCrossed()).extracting(ThresholdCrossing::percent).doesNotContain(warning.percent());
                assertThat(at.thresholdsCrossed()).contains(new ThresholdCrossing(warning.percent(), due.at()));
            }
            case Due.Breach breach -> {
                assertThat(justBefore.state()).isInstanceOf(TimerState.Running.class);
                assertThat(at.state()).isInstanceOf(TimerState.Breached.class);
                assertThat(((TimerState.Breached) at.state()).at()).isEqualTo(due.at());
            }
        }
    }

    private static SlaTimer timerOf(RequestSla sla, Due due) {
        return sla.timers(due.goal()).stream().filter(timer -> timer.cycle() == due.cycle()).findFirst().orElseThrow();
    }

    @Property(tries = 200)
    void lookingLaterNeverGivesBackUsedTime(@ForAll("scenarios") Scenario scenario, @ForAll @IntRange(min = 0, max = 5000) int minutesLater) {
        Instant now = scenario.now();
        EventHistory known = EventHistory.of("PROP", scenario.story().history().until(now)).orElseThrow();
        List<SlaTimer> earlier = evaluate(POLICY, known, now).timers();
        List<SlaTimer> later = evaluate(POLICY, known, now.plus(Duration.ofMinutes(minutesLater))).timers();

        assertThat(later).hasSameSizeAs(earlier);
        for (int i = 0; i < earlier.size(); i++) {
            assertThat(later.get(i).elapsed()).isGreaterThanOrEqualTo(earlier.get(i).elapsed());
            List<ThresholdCrossing> crossed = earlier.get(i).thresholdsCrossed();
            assertThat(later.get(i).thresholdsCrossed().subList(0, crossed.size())).isEqualTo(crossed);
            if (earlier.get(i).state() instanceof TimerState.Breached breached) {
                assertThat(later.get(i).breachAt()).contains(breached.at());
            }
        }
    }
}
