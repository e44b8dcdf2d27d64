package io.paydesk.core.sla;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How one goal of a request stands at an evaluation: the state of its latest cycle (the one the SLA panel
 * shows) and whether that cycle is <b>warned</b>: still open (running or on hold), not breached, and past at
 * least one of its warning thresholds.
 */
public record SlaStanding(GoalKind goal, SlaState state, boolean warned) {

    public SlaStanding {
        Objects.requireNonNull(goal, "goal");
        Objects.requireNonNull(state, "state");
        if (warned && (state == SlaState.MET || state == SlaState.BREACHED)) {
            throw new IllegalArgumentException("only an open cycle is warned, not a " + state + " one");
        }
    }

    /** One standing per goal the request has a cycle of, in goal order; none when no clock ever started. */
    public static List<SlaStanding> of(RequestSla sla) {
        List<SlaStanding> standings = new ArrayList<>();
        for (GoalKind goal : GoalKind.values()) {
            sla.latest(goal).ifPresent(timer -> {
                SlaState state = SlaState.of(timer.state());
                boolean open = state == SlaState.RUNNING || state == SlaState.PAUSED;
                standings.add(new SlaStanding(goal, state, open && !timer.thresholdsCrossed().isEmpty()));
            });
        }
        return List.copyOf(standings);
    }
}
