package io.paydesk.core.sla;

import io.paydesk.core.common.Outcome;
import io.paydesk.core.common.Refusal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The facts of one request, each once, in {@link RequestEvent#ORDER}: what every timer is computed from.
 * The same event given twice is kept once, and events given in any order make the same history, so
 * recording an event is idempotent and late arrivals change nothing but the facts they add.
 *
 * <p>Made only by {@link #of}, which refuses events of another request and two different events under
 * one id (not a record, so that no other constructor can skip the check or sort a checked history twice).
 */
public final class EventHistory {

    private final String requestKey;
    private final List<RequestEvent> events;

    private EventHistory(String requestKey, List<RequestEvent> events) {
        this.requestKey = requestKey;
        this.events = events;
    }

    public static EventHistory empty(String requestKey) {
        Objects.requireNonNull(requestKey, "requestKey");
        return new EventHistory(requestKey, List.of());
    }

    /** The history of these events, duplicates dropped and sorted; or refusals naming each event that does not fit. */
    public static Outcome<EventHistory> of(String requestKey, Collection<RequestEvent> events) {
        if (requestKey == null || requestKey.isBlank()) {
            return Outcome.refused(Refusal.of("requestKey", requestKey, SlaRefusals.REQUEST_KEY_MISSING));
        }
        Map<EventId, RequestEvent> byId = new HashMap<>(Math.max(16, events.size() * 2));
        List<RequestEvent> unique = new ArrayList<>(events.size());
        List<Refusal> refusals = new ArrayList<>();
        for (RequestEvent event : events) {
            Objects.requireNonNull(event, "event");
            if (!event.requestKey().equals(requestKey)) {
                refusals.add(Refusal.of("events." + event.id(), event.requestKey(), SlaRefusals.EVENT_OTHER_REQUEST, requestKey));
                continue;
            }
            RequestEvent known = byId.putIfAbsent(event.id(), event);
            if (known == null) {
                unique.add(event);
            } else if (!known.equals(event)) {
                refusals.add(Refusal.of("events." + event.id(), event.id().value(), SlaRefusals.EVENT_CONFLICT));
            }
        }
        if (!refusals.isEmpty()) {
            return Outcome.refused(refusals);
        }
        unique.sort(RequestEvent.ORDER);
        return Outcome.accepted(new EventHistory(requestKey, List.copyOf(unique)));
    }

    /** This history with one more event; the same event again gives the same history. */
    public Outcome<EventHistory> with(RequestEvent event) {
        List<RequestEvent> more = new ArrayList<>(events.size() + 1);
        more.addAll(events);
        more.add(event);
        return of(requestKey, more);
    }

    public String requestKey() {
        return requestKey;
    }

    /** Every event, each once, in {@link RequestEvent#ORDER}. */
    public List<RequestEvent> events() {
        return events;
    }

    /** The events that had happened by {@code now} (inclusive): the facts an evaluation at {@code now} may use. */
    public List<RequestEvent> until(Instant now) {
        int end = events.size();
        while (end > 0 && events.get(end - 1).occurredAt().isAfter(now)) {
            end--;
        }
        return events.subList(0, end);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EventHistory other && requestKey.equals(other.requestKey) && events.equals(other.events);
    }

    @Override
    public int hashCode() {
        return 31 * requestKey.hashCode() + events.hashCode();
    }

    @Override
    public String toString() {
        return "EventHistory[" + requestKey + ", " + events.size() + " events]";
    }
}
