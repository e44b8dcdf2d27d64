package io.paydesk.core.sla;

import java.util.List;

/**
 * What a goal measures, each with the triggers an administrator gets unless they choose others:
 * <ul>
 *   <li>{@link #FIRST_RESPONSE}: from creation to the first agent comment (or resolution);</li>
 *   <li>{@link #RESOLUTION}: from creation, and again from each reopening, to resolution;</li>
 *   <li>{@link #PARTNER_UPDATE}: the partner-update cadence, from creation or reopening to the next agent
 *       comment; each agent comment meets the running cycle and starts the next; resolution ends it.</li>
 * </ul>
 */
public enum GoalKind {
    FIRST_RESPONSE(
            List.of(Trigger.on(EventKind.CREATED)),
            List.of(),
            List.of(Trigger.on(EventKind.AGENT_COMMENTED), Trigger.on(EventKind.RESOLVED))),
    RESOLUTION(
            List.of(Trigger.on(EventKind.CREATED), Trigger.on(EventKind.REOPENED)),
            List.of(),
            List.of(Trigger.on(EventKind.RESOLVED))),
    PARTNER_UPDATE(
            List.of(Trigger.on(EventKind.CREATED), Trigger.on(EventKind.REOPENED)),
            List.of(Trigger.on(EventKind.AGENT_COMMENTED)),
            List.of(Trigger.on(EventKind.RESOLVED)));

    private final List<Trigger> defaultStart;
    private final List<Trigger> defaultRestart;
    private final List<Trigger> defaultStop;

    GoalKind(List<Trigger> defaultStart, List<Trigger> defaultRestart, List<Trigger> defaultStop) {
        this.defaultStart = defaultStart;
        this.defaultRestart = defaultRestart;
        this.defaultStop = defaultStop;
    }

    public List<Trigger> defaultStart() {
        return defaultStart;
    }

    public List<Trigger> defaultRestart() {
        return defaultRestart;
    }

    public List<Trigger> defaultStop() {
        return defaultStop;
    }
}
