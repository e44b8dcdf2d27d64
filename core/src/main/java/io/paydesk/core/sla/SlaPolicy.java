package io.paydesk.core.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One version of a partner SLA policy, as data: which requests it is for ({@link SlaScope}), its goals
 * (each a business-time target on a named calendar with start, restart and stop triggers), the reasons
 * a clock may stand still for, the statuses that pause every clock and their usual reason, and the
 * warning thresholds in percent of a goal.
 *
 * <p>Immutable. A policy is never changed: {@link SlaPolicyBook#publish} makes the next version, which
 * takes effect from its publication; a cycle keeps the version that was in effect when it started. Made
 * from a {@link SlaPolicyDraft}, which refuses bad input field by field; the constructor only guards
 * against programming errors.
 */
public record SlaPolicy(PolicyRef ref, String name, SlaScope scope, Instant effectiveFrom,
        List<SlaGoal> goals, List<PauseReason> pauseReasons, List<PauseCondition> pauses, List<Integer> warningPercents) {

    /** The longest goal a policy may set: a year of business time around the clock. */
    public static final Duration LONGEST_GOAL = Duration.ofHours(8760);

    public SlaPolicy {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        goals = List.copyOf(goals);
        pauseReasons = List.copyOf(pauseReasons);
        pauses = List.copyOf(pauses);
        warningPercents = List.copyOf(warningPercents);
        if (name.isBlank() || goals.isEmpty()) {
            throw new IllegalArgumentException(ref + ": a policy has a name and at least one goal");
        }
        Set<GoalKind> kinds = new HashSet<>();
        for (SlaGoal goal : goals) {
            if (!kinds.add(goal.kind()) || goal.target().compareTo(LONGEST_GOAL) > 0) {
                throw new IllegalArgumentException(ref + ": goals are one per kind and at most " + LONGEST_GOAL + ": " + goals);
            }
        }
        Set<String> codes = new HashSet<>();
        for (PauseReason reason : pauseReasons) {
            if (!codes.add(reason.code())) {
                throw new IllegalArgumentException(ref + ": one name per pause reason: " + pauseReasons);
            }
        }
        Set<String> statuses = new HashSet<>();
        for (PauseCondition pause : pauses) {
            if (!statuses.add(pause.status()) || !pauseReasons.contains(pause.reason())) {
                throw new IllegalArgumentException(ref + ": one pause condition per status, for a declared reason: " + pauses);
            }
        }
        for (int i = 0; i < warningPercents.size(); i++) {
            int percent = warningPercents.get(i);
            if (percent < 1 || percent > 99 || (i > 0 && percent <= warningPercents.get(i - 1))) {
                throw new IllegalArgumentException(ref + ": thresholds are ascending percentages from 1 to 99: " + warningPercents);
            }
        }
    }

    /** Starts a new policy; publish it with {@link SlaPolicyBook#publish}. */
    public static SlaPolicyDraft draft(String id) {
        return new SlaPolicyDraft(id);
    }

    /** A draft holding this version's content, to edit into the next version. */
    public SlaPolicyDraft toDraft() {
        return SlaPolicyDraft.from(this);
    }

    public SlaPolicyId id() {
        return ref.id();
    }

    public int version() {
        return ref.version();
    }

    public Optional<SlaGoal> goal(GoalKind kind) {
        SlaGoal goal = goalOrNull(kind);
        return Optional.ofNullable(goal);
    }

    SlaGoal goalOrNull(GoalKind kind) {
        for (int i = 0; i < goals.size(); i++) {
            if (goals.get(i).kind() == kind) {
                return goals.get(i);
            }
        }
        return null;
    }

    /**
     * Why clocks stand still in a status: the reason the event that set the status named, when it is one
     * of this policy's reasons, else the status's own reason; {@code null} when the status does not pause.
     */
    PauseReason pauseReason(String status, String namedReason) {
        PauseReason byStatus = null;
        for (int i = 0; i < pauses.size(); i++) {
            if (pauses.get(i).status().equals(status)) {
                byStatus = pauses.get(i).reason();
                break;
            }
        }
        if (byStatus == null || namedReason == null || namedReason.equals(byStatus.code())) {
            return byStatus;
        }
        for (int i = 0; i < pauseReasons.size(); i++) {
            if (pauseReasons.get(i).code().equals(namedReason)) {
                return pauseReasons.get(i);
            }
        }
        return byStatus;
    }
}
