package io.paydesk.core.sla;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * One promise of a policy: {@code target} of business time, measured on the named calendar, from an event
 * that matches {@code startOn} to one that matches {@code stopOn} (met, or breached when it comes after
 * the due moment). An event that matches {@code restartOn} while the clock runs ends the cycle the same
 * way and starts the next one at once (the partner-update cadence). Each start is a new cycle.
 */
public record SlaGoal(GoalKind kind, Duration target, CalendarName calendar,
        List<Trigger> startOn, List<Trigger> restartOn, List<Trigger> stopOn) {

    public SlaGoal {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(calendar, "calendar");
        startOn = List.copyOf(startOn);
        restartOn = List.copyOf(restartOn);
        stopOn = List.copyOf(stopOn);
        if (target.isNegative() || target.isZero()) {
            throw new IllegalArgumentException(kind + ": a goal is a positive duration: " + target);
        }
        if (startOn.isEmpty() || (stopOn.isEmpty() && restartOn.isEmpty())) {
            throw new IllegalArgumentException(kind + ": a goal needs a start trigger and a stop or restart trigger");
        }
    }

    /** The goal with the kind's usual triggers (see {@link GoalKind}). */
    public static SlaGoal of(GoalKind kind, Duration target, CalendarName calendar) {
        return new SlaGoal(kind, target, calendar, kind.defaultStart(), kind.defaultRestart(), kind.defaultStop());
    }

    boolean starts(RequestEvent event, String before, String after) {
        return any(startOn, event, before, after);
    }

    boolean restarts(RequestEvent event, String before, String after) {
        return any(restartOn, event, before, after);
    }

    boolean stops(RequestEvent event, String before, String after) {
        return any(stopOn, event, before, after);
    }

    private static boolean any(List<Trigger> triggers, RequestEvent event, String before, String after) {
        for (int i = 0; i < triggers.size(); i++) {
            if (triggers.get(i).matches(event, before, after)) {
                return true;
            }
        }
        return false;
    }
}
