package io.paydesk.app.sla;

import java.util.List;

/**
 * One SLA clock on the panel: the latest cycle of one goal.
 *
 * @param id          the goal as a stable name: {@code first-response}, {@code resolution}, {@code partner-update}
 * @param state       {@code running}, {@code paused}, {@code met} or {@code breached}: a CSS hook and the
 *                    state's colour
 * @param stateLabel  the state in one word, for the lozenge
 * @param stateText   the state in words, with the pause reason or the moment it was met or breached
 * @param dueViewer   when it falls due (or fell due) in the viewer's zone; empty while paused or met
 * @param duePartner  the same moment in the calendar's zone, the partner's local time
 * @param calendar    the business calendar it counts on, its zone, and whether it is open now
 * @param thresholds  the warning thresholds already reached, e.g. "50 %"
 */
public record SlaClockRow(
        String id,
        String goal,
        String cycle,
        String state,
        String stateLabel,
        String stateText,
        String target,
        String elapsed,
        String remaining,
        String dueViewer,
        String duePartner,
        String calendar,
        String policy,
        List<String> thresholds) {

    public SlaClockRow {
        thresholds = List.copyOf(thresholds);
    }

    public boolean hasDue() {
        return !dueViewer.isEmpty();
    }

    public boolean hasThresholds() {
        return !thresholds.isEmpty();
    }
}
