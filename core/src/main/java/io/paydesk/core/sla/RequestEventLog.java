package io.paydesk.core.sla;

import io.paydesk.core.common.Outcome;
import java.util.Objects;

/**
 * The durable record of what happened to each request: every event the host reported, each once, kept
 * so that no event is lost and every timer can be recomputed from it.
 *
 * <p>Recording is idempotent: the same event reported again (the host redelivers, two cluster nodes
 * both hear it) changes nothing. The log is append-only: an event once recorded is never rewritten.
 *
 * <p>An event id names one fact for good. A <em>different</em> event under an id already recorded is the
 * same {@link SlaRefusals#EVENT_CONFLICT} that {@link EventHistory#of} refuses; the log refuses it at
 * the door by throwing {@link ConflictingEvent} and keeps the event it had, so its histories never hold a
 * conflict. It means the host adapter builds ids that are not unique (a programming error), and
 * overwriting would silently rewrite history.
 */
public interface RequestEventLog {

    /**
     * Records the event.
     *
     * @return {@code true} when it was recorded now; {@code false} when an equal event with this id was
     *         already there (nothing changed)
     * @throws ConflictingEvent when another event with this id is already recorded; nothing is changed
     */
    boolean append(RequestEvent event);

    /**
     * Every recorded event of the request, each once, in {@link RequestEvent#ORDER}: an empty history when
     * nothing was recorded; refused ({@link SlaRefusals#REQUEST_KEY_MISSING}) when the key is blank.
     */
    Outcome<EventHistory> history(String requestKey);

    /** A different event arrived under the id of an event already recorded ({@link SlaRefusals#EVENT_CONFLICT}). */
    final class ConflictingEvent extends IllegalStateException {

        private final transient RequestEvent recorded;
        private final transient RequestEvent offered;

        public ConflictingEvent(RequestEvent recorded, RequestEvent offered) {
            super("event " + offered.id() + " is already recorded as " + recorded + "; refused " + offered);
            this.recorded = Objects.requireNonNull(recorded, "recorded");
            this.offered = offered;
        }

        /** The event the log keeps. */
        public RequestEvent recorded() {
            return recorded;
        }

        /** The event that was refused. */
        public RequestEvent offered() {
            return offered;
        }

        /** The refusal's message key, as {@link EventHistory#of} reports the same conflict. */
        public String reasonKey() {
            return SlaRefusals.EVENT_CONFLICT;
        }
    }
}
