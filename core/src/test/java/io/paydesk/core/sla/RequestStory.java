package io.paydesk.core.sla;

import io.paydesk.core.sla.RequestEvent.Change;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A request's history told in order, as the host would report it: each step one event with its own id. */
final class RequestStory {

    private final String key;
    private final List<RequestEvent> events = new ArrayList<>();
    private String status = "";
    private String priority = "";

    RequestStory(String key) {
        this.key = key;
    }

    private RequestStory add(Instant at, Change change, Optional<String> reason) {
        events.add(new RequestEvent(new EventId(key + "#" + String.format("%03d", events.size() + 1)), key, at, change, reason));
        return this;
    }

    RequestStory created(Instant at) {
        return created(at, SlaFixtures.OPEN, "P3");
    }

    RequestStory created(Instant at, String initialStatus, String initialPriority) {
        status = initialStatus;
        priority = initialPriority;
        return add(at, new Change.Created(initialStatus, initialPriority), Optional.empty());
    }

    RequestStory movedTo(String to, Instant at) {
        String from = status;
        status = to;
        return add(at, new Change.StatusChanged(from, to), Optional.empty());
    }

    /** Put on hold with the reason the agent chose. */
    RequestStory movedTo(String to, Instant at, PauseReason reason) {
        return movedTo(to, at, reason.code());
    }

    RequestStory movedTo(String to, Instant at, String reasonCode) {
        String from = status;
        status = to;
        return add(at, new Change.StatusChanged(from, to), Optional.of(reasonCode));
    }

    RequestStory agentCommented(Instant at) {
        return add(at, new Change.AgentCommented(), Optional.empty());
    }

    RequestStory customerCommented(Instant at) {
        return add(at, new Change.CustomerCommented(), Optional.empty());
    }

    RequestStory prioritySetTo(String to, Instant at) {
        String from = priority;
        priority = to;
        return add(at, new Change.PriorityChanged(from, to), Optional.empty());
    }

    /** A resolution set and the move to Done, as two events at the same moment. */
    RequestStory resolved(Instant at) {
        add(at, new Change.Resolved(), Optional.empty());
        return movedTo(SlaFixtures.DONE, at);
    }

    /** The resolution cleared and the request back in progress. */
    RequestStory reopened(Instant at) {
        add(at, new Change.Reopened(), Optional.empty());
        return movedTo(SlaFixtures.IN_PROGRESS, at);
    }

    List<RequestEvent> events() {
        return List.copyOf(events);
    }

    EventHistory history() {
        return EventHistory.of(key, events).orElseThrow();
    }

    String key() {
        return key;
    }
}
