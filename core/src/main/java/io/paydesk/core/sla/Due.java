package io.paydesk.core.sla;

import java.time.Instant;
import java.util.Objects;

/**
 * The next moment something happens to a running cycle if nothing else does: a warning threshold is
 * reached, or the goal is breached. A job schedules by it instead of scanning open requests.
 */
public sealed interface Due {

    Instant at();

    GoalKind goal();

    int cycle();

    record Warning(Instant at, GoalKind goal, int cycle, int percent) implements Due {
        public Warning {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(goal, "goal");
        }
    }

    record Breach(Instant at, GoalKind goal, int cycle) implements Due {
        public Breach {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(goal, "goal");
        }
    }
}
