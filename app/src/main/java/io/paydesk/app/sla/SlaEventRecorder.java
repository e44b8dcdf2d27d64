package io.paydesk.app.sla;

import io.paydesk.core.common.Outcome;
import io.paydesk.core.sla.EventHistory;
import io.paydesk.core.sla.IssueObservation;
import io.paydesk.core.sla.ObservedChanges;
import io.paydesk.core.sla.RequestEvent;
import io.paydesk.core.sla.RequestEventLog;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Records what a host observed in the durable SLA event log, host-neutral: Jira's issue-event listener and
 * the sandbox call it. Idempotent: the same observation twice stores nothing the second time.
 */
@Named
public class SlaEventRecorder {

    private final RequestEventLog log;

    @Inject
    public SlaEventRecorder(RequestEventLog log) {
        this.log = log;
    }

    /** Stores the events the observation implies; returns how many were new. */
    public int record(IssueObservation seen) {
        Outcome<EventHistory> before = log.history(seen.requestKey());
        if (before instanceof Outcome.Refused<EventHistory> refused) {
            throw new IllegalArgumentException("cannot record " + seen.sourceId() + ": " + refused.refusals());
        }
        int stored = 0;
        for (RequestEvent event : ObservedChanges.events(seen, before.orElseThrow())) {
            if (log.append(event)) {
                stored++;
            }
        }
        return stored;
    }
}
