package io.paydesk.bench.sla;

import static org.assertj.core.api.Assertions.assertThat;

import io.paydesk.core.common.Outcome;
import io.paydesk.core.sla.EventHistory;
import io.paydesk.core.sla.MinuteSteppingSla;
import io.paydesk.core.sla.RequestSla;
import io.paydesk.core.sla.SlaCalendars;
import io.paydesk.core.sla.SlaPolicyBook;
import io.paydesk.core.sla.SlaRequest;
import io.paydesk.core.sla.SlaTimer;
import io.paydesk.core.sla.SlaTimers;
import io.paydesk.core.sla.TimerState;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SlaRecomputeBenchmarkTest {

    private final SlaPolicyBook book = PartnerDesk.book();
    private final SlaCalendars calendars = PartnerDesk.calendars();

    @Test
    void theDeskHasADefaultAndFourPoliciesPerPartner() {
        assertThat(book.currentPolicies()).hasSize(1 + 4 * PartnerDesk.PARTNERS.length);
        assertThat(PartnerDesk.easterSunday(2027)).hasToString("2027-03-28");
    }

    @Test
    void theHistoriesHoldFiveToFifteenEventsMostlyAndEveryOneIsAccepted() {
        List<SlaRequest> requests = RequestHistories.generate(SlaRecomputeBenchmark.REQUESTS, 42);

        Map<String, Outcome<RequestSla>> results = SlaTimers.recomputeAll(book, calendars, requests, RequestHistories.NOW);

        assertThat(results).hasSize(SlaRecomputeBenchmark.REQUESTS);
        assertThat(results.values()).allMatch(Outcome.Accepted.class::isInstance);
        double averageEvents = requests.stream()
                .mapToInt(request -> EventHistory.of(request.subject().requestKey(), request.events()).orElseThrow().events().size())
                .average().orElseThrow();
        long withFewerThanFive = requests.stream()
                .filter(request -> EventHistory.of(request.subject().requestKey(), request.events()).orElseThrow().events().size() < 5)
                .count();
        assertThat(averageEvents).isBetween(7.0, 13.0);
        assertThat(withFewerThanFive).isLessThan(SlaRecomputeBenchmark.REQUESTS / 20);
        Map<Class<?>, Long> states = results.values().stream()
                .flatMap(outcome -> outcome.orElseThrow().timers().stream())
                .collect(Collectors.groupingBy(timer -> timer.state().getClass(), Collectors.counting()));
        assertThat(states).containsKeys(TimerState.Running.class, TimerState.Paused.class, TimerState.Met.class,
                TimerState.Breached.class);
    }

    @Test
    void paydeskAgreesWithTheMinuteSteppingReferenceOnTheSample() {
        List<SlaRequest> sample = RequestHistories.generate(SlaRecomputeBenchmark.SAMPLE, 42);

        for (SlaRequest request : sample) {
            EventHistory history = EventHistory.of(request.subject().requestKey(), request.events()).orElseThrow();
            MinuteSteppingSla reference = SlaRecomputeBenchmark.referenceFor(book, calendars, request, history);
            List<SlaTimer> timers = SlaTimers.recompute(book, calendars, request, RequestHistories.NOW).orElseThrow().timers();
            List<MinuteSteppingSla.Clock> expected = reference.evaluate(request.events(), RequestHistories.NOW).stream()
                    .sorted(Comparator.comparing(MinuteSteppingSla.Clock::goal).thenComparingInt(MinuteSteppingSla.Clock::cycle))
                    .toList();

            assertThat(timers).hasSameSizeAs(expected);
            for (int i = 0; i < timers.size(); i++) {
                SlaTimer timer = timers.get(i);
                MinuteSteppingSla.Clock clock = expected.get(i);
                assertThat(timer.elapsed()).as("%s vs %s", timer, clock).isEqualTo(clock.elapsed());
                assertThat(timer.breachAt()).as("%s vs %s", timer, clock).isEqualTo(Optional.ofNullable(clock.dueAt()));
                assertThat(timer.state().getClass().getSimpleName().toUpperCase()).isEqualTo(clock.state().name());
            }
        }
    }
}
