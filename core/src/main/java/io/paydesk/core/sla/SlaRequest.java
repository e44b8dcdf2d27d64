package io.paydesk.core.sla;

import java.util.List;
import java.util.Objects;

/** One request as the event log holds it: what picks its policy, and its events as stored (any order, duplicates allowed). */
public record SlaRequest(SlaSubject subject, List<RequestEvent> events) {

    public SlaRequest {
        Objects.requireNonNull(subject, "subject");
        events = List.copyOf(events);
    }
}
