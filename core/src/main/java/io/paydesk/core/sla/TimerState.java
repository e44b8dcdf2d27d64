package io.paydesk.core.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Where one cycle of one goal stands at the moment it was evaluated.
 *
 * <p>A cycle is due at the earliest moment its business time (less paused time) reaches the goal. It is
 * <b>met</b> when it stopped at or before that moment, and <b>breached</b> from that moment on when it
 * was still running then (a stop after it does not undo the breach).
 */
public sealed interface TimerState {

    /** The clock runs; {@code dueAt} is when it breaches if nothing pauses or stops it first. */
    record Running(Instant dueAt) implements TimerState {
        public Running {
            Objects.requireNonNull(dueAt, "dueAt");
        }
    }

    /** The clock stands still since {@code since} because the request is in a pausing status, for {@code reason}. */
    record Paused(PauseReason reason, Instant since) implements TimerState {
        public Paused {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(since, "since");
        }
    }

    /** Stopped in time, at {@code at}. */
    record Met(Instant at) implements TimerState {
        public Met {
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * Breached at {@code at}; {@code overrun} is the business time used beyond the goal so far (zero when
     * it stopped after the due moment but outside business hours); {@code stoppedAt} when the cycle has
     * ended since, {@code pausedNow} when it is on hold now.
     */
    record Breached(Instant at, Duration overrun, Optional<Instant> stoppedAt, Optional<Paused> pausedNow) implements TimerState {
        public Breached {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(overrun, "overrun");
            Objects.requireNonNull(stoppedAt, "stoppedAt");
            Objects.requireNonNull(pausedNow, "pausedNow");
        }
    }
}
