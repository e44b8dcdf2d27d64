package io.paydesk.core.dispute.deadline;

import io.paydesk.core.sla.GoalKind;
import io.paydesk.core.sla.RequestSla;
import io.paydesk.core.sla.SlaTimer;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * Which clock bites first on a disputed request: the scheme's time limit for the next stage or one of the
 * request's SLA goals. The scheme's limit ends with its last allowed day in the partner's zone; an SLA goal
 * at the moment its running clock reaches the goal. Only limits still ahead count: a goal already missed or
 * a clock on hold cannot be the next to bite.
 *
 * @param goal the SLA goal that bites first; empty when the scheme's time limit does
 */
public record FirstToBite(Instant at, Optional<GoalKind> goal) {

    public FirstToBite {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(goal, "goal");
    }

    /** The first limit after {@code now}; empty when neither the scheme nor any running SLA clock has one. */
    public static Optional<FirstToBite> of(Optional<StageDeadline> scheme, ZoneId partnerZone, RequestSla sla, Instant now) {
        Optional<FirstToBite> schemeLimit = scheme
                .map(d -> new FirstToBite(d.dueOn().plusDays(1).atStartOfDay(partnerZone).toInstant(), Optional.empty()))
                .filter(limit -> limit.at().isAfter(now));
        Optional<FirstToBite> slaLimit = sla.timers().stream()
                .filter(SlaTimer::isOpen)
                .filter(timer -> timer.breachAt().filter(at -> at.isAfter(now)).isPresent())
                .map(timer -> new FirstToBite(timer.breachAt().orElseThrow(), Optional.of(timer.goal())))
                .min(Comparator.comparing(FirstToBite::at));
        if (schemeLimit.isEmpty()) {
            return slaLimit;
        }
        if (slaLimit.isEmpty()) {
            return schemeLimit;
        }
        return slaLimit.get().at().isBefore(schemeLimit.get().at()) ? slaLimit : schemeLimit;
    }

    public boolean isScheme() {
        return goal.isEmpty();
    }
}
