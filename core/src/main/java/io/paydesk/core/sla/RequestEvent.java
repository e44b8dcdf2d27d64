package io.paydesk.core.sla;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * One fact of a request's history, as the event log keeps it: its id (the same id is the same event),
 * the request, when it happened, what changed, and optionally the pause reason the agent chose when the
 * change put the request on hold (a {@link PauseReason#code()}).
 *
 * <p>Histories are evaluated in {@link #ORDER}: by the moment it happened, then by id, so the order in
 * which events arrive never matters.
 */
public record RequestEvent(EventId id, String requestKey, Instant occurredAt, Change change, Optional<String> pauseReason) {

    /** When it happened, then by id: the one order every evaluation uses. */
    public static final Comparator<RequestEvent> ORDER = (a, b) -> {
        int byTime = a.occurredAt.compareTo(b.occurredAt);
        return byTime != 0 ? byTime : a.id.value().compareTo(b.id.value());
    };

    public RequestEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(requestKey, "requestKey");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(pauseReason, "pauseReason");
        if (requestKey.isBlank()) {
            throw new IllegalArgumentException("event " + id + " names no request");
        }
    }

    public static RequestEvent of(String id, String requestKey, Instant occurredAt, Change change) {
        return new RequestEvent(new EventId(id), requestKey, occurredAt, change, Optional.empty());
    }

    /** The same event with the pause reason the agent chose. */
    public RequestEvent pausedFor(String reasonCode) {
        return new RequestEvent(id, requestKey, occurredAt, change, Optional.of(reasonCode));
    }

    /** The status the request is in after this event, when the event sets one. */
    public Optional<String> newStatus() {
        return switch (change) {
            case Change.Created created -> Optional.of(created.status());
            case Change.StatusChanged changed -> Optional.of(changed.to());
            default -> Optional.empty();
        };
    }

    /** What changed; each kind carries its own facts. */
    public sealed interface Change {

        EventKind kind();

        /** The request was raised, in this status and with this priority. */
        record Created(String status, String priority) implements Change {
            public Created {
                Objects.requireNonNull(status, "status");
                Objects.requireNonNull(priority, "priority");
            }

            @Override
            public EventKind kind() {
                return EventKind.CREATED;
            }
        }

        /** A workflow transition; {@code from} is kept as reported, the status history is built from {@code to}. */
        record StatusChanged(String from, String to) implements Change {
            public StatusChanged {
                Objects.requireNonNull(from, "from");
                Objects.requireNonNull(to, "to");
            }

            @Override
            public EventKind kind() {
                return EventKind.STATUS_CHANGED;
            }
        }

        /** A comment an agent shared with the partner. */
        record AgentCommented() implements Change {
            @Override
            public EventKind kind() {
                return EventKind.AGENT_COMMENTED;
            }
        }

        /** A comment from the partner's side. */
        record CustomerCommented() implements Change {
            @Override
            public EventKind kind() {
                return EventKind.CUSTOMER_COMMENTED;
            }
        }

        record PriorityChanged(String from, String to) implements Change {
            public PriorityChanged {
                Objects.requireNonNull(from, "from");
                Objects.requireNonNull(to, "to");
            }

            @Override
            public EventKind kind() {
                return EventKind.PRIORITY_CHANGED;
            }
        }

        /** A resolution was set. */
        record Resolved() implements Change {
            @Override
            public EventKind kind() {
                return EventKind.RESOLVED;
            }
        }

        /** The resolution was cleared: the request is open again. */
        record Reopened() implements Change {
            @Override
            public EventKind kind() {
                return EventKind.REOPENED;
            }
        }
    }
}
