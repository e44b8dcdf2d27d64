package io.paydesk.app.sla;

import java.util.List;

/**
 * What the SLA panel shows, already formatted for the viewer: the partner's clock and every SLA clock of
 * the request. Templates call only these accessors (each is in the descriptor's velocity-allowlist).
 *
 * @param problem    a sentence saying why no clock can be shown (no policy applies, a calendar is missing);
 *                   empty when the clocks are shown
 * @param partnerClock the partner bank and its local time now; empty when the partner is not known
 * @param viewerZone the zone the "due" times are shown in, the viewer's own
 */
public record SlaPanelView(
        List<SlaClockRow> clocks,
        String problem,
        String partnerClock,
        String viewerZone) {

    public SlaPanelView {
        clocks = List.copyOf(clocks);
    }

    public boolean partnerKnown() {
        return !partnerClock.isEmpty();
    }

    public boolean hasProblem() {
        return !problem.isEmpty();
    }
}
