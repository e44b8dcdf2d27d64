package io.paydesk.core.sla;

import static io.paydesk.core.sla.SlaFixtures.CALENDARS;
import static io.paydesk.core.sla.SlaFixtures.aRequest;
import static io.paydesk.core.sla.SlaFixtures.warsaw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paydesk.core.common.Outcome;
import io.paydesk.core.common.Refusal;
import io.paydesk.core.partner.PartnerId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The facts a timer is computed from: each event once, in one order, whatever the host delivered. */
class EventHistoryTest {

    private final RequestStory story = aRequest("PAY-1").created(warsaw(2026, 11, 30, 9, 0))
            .agentCommented(warsaw(2026, 11, 30, 9, 30))
            .movedTo(SlaFixtures.WAITING_FOR_CUSTOMER, warsaw(2026, 11, 30, 10, 0))
            .movedTo(SlaFixtures.IN_PROGRESS, warsaw(2026, 11, 30, 14, 0));

    @Test
    void theSameEventDeliveredTwiceIsKeptOnce() {
        List<RequestEvent> twice = new ArrayList<>(story.events());
        twice.addAll(story.events());

        assertThat(EventHistory.of("PAY-1", twice).orElseThrow()).isEqualTo(story.history());
        assertThat(story.history().with(story.events().get(2)).orElseThrow()).isEqualTo(story.history());
    }

    @Test
    void eventsArrivingOutOfOrderMakeTheSameHistory() {
        List<RequestEvent> late = new ArrayList<>(story.events());
        RequestEvent created = late.remove(0);
        late.add(created);

        EventHistory history = EventHistory.of("PAY-1", late).orElseThrow();

        assertThat(history).isEqualTo(story.history());
        assertThat(history.events().get(0).change()).isInstanceOf(RequestEvent.Change.Created.class);
    }

    @Test
    void eventsAtTheSameMomentAreOrderedByTheirIds() {
        Instant nine = warsaw(2026, 11, 30, 9, 0);
        RequestEvent b = RequestEvent.of("b", "PAY-2", nine, new RequestEvent.Change.AgentCommented());
        RequestEvent a = RequestEvent.of("a", "PAY-2", nine, new RequestEvent.Change.Created("Open", "P3"));

        assertThat(EventHistory.of("PAY-2", List.of(b, a)).orElseThrow().events()).containsExactly(a, b);
    }

    @Test
    void aLateEventChangesTheTimersOnlyByTheFactItAdds() {
        Instant now = warsaw(2026, 11, 30, 16, 0);
        RequestEvent pauseEnds = story.events().get(3);
        EventHistory withoutIt = EventHistory.of("PAY-1", story.events().subList(0, 3)).orElseThrow();

        RequestSla before = SlaTimers.evaluate(SlaFixtures.wislanyStandardV1(), CALENDARS, withoutIt, now).orElseThrow();
        RequestSla after = SlaTimers.evaluate(SlaFixtures.wislanyStandardV1(), CALENDARS, withoutIt.with(pauseEnds).orElseThrow(), now)
                .orElseThrow();

        assertThat(before.latest(GoalKind.RESOLUTION).orElseThrow().state()).isInstanceOf(TimerState.Paused.class);
        assertThat(after).isEqualTo(SlaTimers.evaluate(SlaFixtures.wislanyStandardV1(), CALENDARS, story.history(), now).orElseThrow());
        assertThat(after.latest(GoalKind.RESOLUTION).orElseThrow().state()).isInstanceOf(TimerState.Running.class);
    }

    @Test
    void anEventOfAnotherRequestOrTwoDifferentEventsUnderOneIdAreRefused() {
        Instant nine = warsaw(2026, 11, 30, 9, 0);
        RequestEvent created = RequestEvent.of("e1", "PAY-3", nine, new RequestEvent.Change.Created("Open", "P3"));
        RequestEvent sameIdOtherFact = RequestEvent.of("e1", "PAY-3", nine, new RequestEvent.Change.Created("Open", "P1"));
        RequestEvent foreign = RequestEvent.of("e2", "PAY-4", nine, new RequestEvent.Change.Resolved());

        Outcome<EventHistory> outcome = EventHistory.of("PAY-3", List.of(created, sameIdOtherFact, foreign));

        assertThat(((Outcome.Refused<EventHistory>) outcome).refusals()).containsExactly(
                Refusal.of("events.e1", "e1", SlaRefusals.EVENT_CONFLICT),
                Refusal.of("events.e2", "PAY-4", SlaRefusals.EVENT_OTHER_REQUEST, "PAY-3"));
        assertThat(((Outcome.Refused<EventHistory>) EventHistory.of(" ", List.of())).refusals())
                .containsExactly(Refusal.of("requestKey", " ", SlaRefusals.REQUEST_KEY_MISSING));
        assertThatThrownBy(() -> EventHistory.empty("PAY-3").with(foreign).orElseThrow()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void recomputingManyRequestsGivesEachItsOwnResultAndOneBadRequestStopsNoOther() {
        SlaPolicyBook book = SlaFixtures.bookOf(SlaFixtures.wislanyStandard());
        Optional<PartnerId> wislany = Optional.of(new PartnerId("12"));
        RequestEvent foreign = RequestEvent.of("x", "PAY-9", warsaw(2026, 11, 30, 9, 0), new RequestEvent.Change.Resolved());
        List<SlaRequest> requests = List.of(
                new SlaRequest(new SlaSubject("PAY-1", wislany, "card-dispute"), story.events()),
                new SlaRequest(new SlaSubject("PAY-2", wislany, "card-dispute"), List.of(foreign)));
        Instant now = warsaw(2026, 11, 30, 16, 0);

        Map<String, Outcome<RequestSla>> results = SlaTimers.recomputeAll(book, CALENDARS, requests, now);

        assertThat(results).containsOnlyKeys("PAY-1", "PAY-2");
        assertThat(results.get("PAY-1").orElseThrow())
                .isEqualTo(SlaTimers.evaluate(SlaFixtures.wislanyStandardV1(), CALENDARS, story.history(), now).orElseThrow());
        assertThat(results.get("PAY-2")).isInstanceOf(Outcome.Refused.class);
    }
}
