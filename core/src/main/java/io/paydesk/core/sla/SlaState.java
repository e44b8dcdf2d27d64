package io.paydesk.core.sla;

/**
 * Where a goal's current cycle stands, as the SLA search knows it: {@link TimerState} without its data. A
 * breached cycle is {@link #BREACHED} whether it still runs, is on hold or has stopped since.
 */
public enum SlaState {
    RUNNING,
    PAUSED,
    MET,
    BREACHED;

    public static SlaState of(TimerState state) {
        return switch (state) {
            case TimerState.Running running -> RUNNING;
            case TimerState.Paused paused -> PAUSED;
            case TimerState.Met met -> MET;
            case TimerState.Breached breached -> BREACHED;
        };
    }
}
