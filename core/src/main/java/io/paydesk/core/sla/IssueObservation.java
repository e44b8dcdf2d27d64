package io.paydesk.core.sla;

import java.time.Instant;
import java.util.Objects;

/**
 * What a host saw happen to a request: the kind of event and the request's status and priority right after
 * it. {@link ObservedChanges} turns it into the domain's {@link RequestEvent}s.
 *
 * @param sourceId       identifies the host's event, so the same event seen twice gives the same ids
 * @param requestCreated when the request was raised (to start its history if the log has none yet)
 */
public record IssueObservation(String sourceId, String requestKey, Instant requestCreated, Instant occurredAt,
                               Kind kind, String status, String priority) {

    /** The host's event, as far as SLAs care. */
    public enum Kind { CREATED, AGENT_COMMENTED, CUSTOMER_COMMENTED, RESOLVED, REOPENED, UPDATED }

    public IssueObservation {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(requestKey, "requestKey");
        Objects.requireNonNull(requestCreated, "requestCreated");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(kind, "kind");
        status = status == null ? "" : status;
        priority = priority == null ? "" : priority;
    }
}
