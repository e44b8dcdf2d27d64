package io.paydesk.core.sla;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every SLA clock of one request as of {@code evaluatedAt}: each cycle of each goal, by goal then cycle,
 * and the earliest next due moment among them (what a scheduler indexes the request by).
 */
public record RequestSla(String requestKey, Instant evaluatedAt, List<SlaTimer> timers) {

    private static final Comparator<SlaTimer> BY_GOAL_AND_CYCLE =
            Comparator.comparing(SlaTimer::goal).thenComparingInt(SlaTimer::cycle);

    public RequestSla {
        Objects.requireNonNull(requestKey, "requestKey");
        Objects.requireNonNull(evaluatedAt, "evaluatedAt");
        timers = timers.stream().sorted(BY_GOAL_AND_CYCLE).toList();
    }

    /** The cycles of one goal, oldest first. */
    public List<SlaTimer> timers(GoalKind goal) {
        return timers.stream().filter(timer -> timer.goal() == goal).toList();
    }

    /** The latest cycle of a goal: the one the panel shows. */
    public Optional<SlaTimer> latest(GoalKind goal) {
        SlaTimer latest = null;
        for (SlaTimer timer : timers) {
            if (timer.goal() == goal) {
                latest = timer;
            }
        }
        return Optional.ofNullable(latest);
    }

    /** The earliest threshold or breach still to come among the running cycles; nothing when no clock runs. */
    public Optional<Due> nextDue() {
        Due next = null;
        for (SlaTimer timer : timers) {
            Optional<Due> due = timer.nextDue();
            if (due.isPresent() && (next == null || due.get().at().isBefore(next.at()))) {
                next = due.get();
            }
        }
        return Optional.ofNullable(next);
    }
}
