package io.paydesk.app.sla;

import io.paydesk.core.sla.SlaDueIndex;
import io.paydesk.core.sla.SlaDueSweep;
import io.paydesk.core.sla.SlaNoticeLog;
import io.paydesk.core.sla.SlaStateIndex;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;

/**
 * Recomputes every timed request's SLA clocks from its event history and indexes it again: its next due moment
 * and its standing per goal. Host-neutral; the SLA administration runs it after a business calendar changed
 * (calendars are not versioned, so the due moments of clocks running on them move) and when an administrator
 * asks. It runs in the administrator's request, {@value #PAGE} requests a page.
 */
@Named
public class SlaRecompute {

    static final int PAGE = 500;

    private final SlaDueSweep sweep;
    private final Clock clock;

    @Inject
    public SlaRecompute(SlaDueIndex index, SlaNoticeLog notices, SlaStateIndex states, SlaClocks clocks) {
        this(new SlaDueSweep(index, notices, states, clocks), Clock.systemUTC());
    }

    public SlaRecompute(SlaDueSweep sweep, Clock clock) {
        this.sweep = sweep;
        this.clock = clock;
    }

    /** How many requests were recomputed. */
    public int all() {
        return sweep.reindexAll(clock.instant(), PAGE);
    }
}
