package io.paydesk.app.sla;

import io.paydesk.core.common.Outcome;
import io.paydesk.core.sla.EventHistory;
import io.paydesk.core.sla.IssueObservation;
import io.paydesk.core.sla.ObservedChanges;
import io.paydesk.core.sla.RequestEvent;
import io.paydesk.core.sla.RequestEventLog;
import io.paydesk.core.sla.SlaDueIndex;
import io.paydesk.core.sla.SlaDueSweep;
import io.paydesk.core.sla.SlaNoticeLog;
import io.paydesk.core.sla.SlaStateIndex;
import io.paydesk.core.sla.SlaSubject;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Records what a host observed in the durable SLA event log, host-neutral: Jira's issue-event listener and
 * the sandbox call it. Idempotent: the same observation twice stores nothing the second time.
 *
 * <p>When an observation stores new events, the request is indexed again at its next due moment
 * ({@link SlaDueSweep#reindex}), so a pause, a resumption, a comment or a reopening moves the SLA due job's
 * schedule at once, and the SLA state index gets the request's new standings. Indexing needs the request's subject (partner, request type): {@link #record(IssueObservation, SlaSubject)}
 * gives it; {@link #record(IssueObservation)} uses the one the index already holds and indexes nothing for a
 * request it has never seen with a subject.
 */
@Named
public class SlaEventRecorder {

    private final RequestEventLog log;
    private final SlaDueIndex index;
    private final SlaDueSweep sweep;
    private final Clock clock;

    @Inject
    public SlaEventRecorder(RequestEventLog log, SlaDueIndex index, SlaNoticeLog notices, SlaStateIndex states,
                            SlaClocks clocks) {
        this(log, index, notices, states, clocks, Clock.systemUTC());
    }

    public SlaEventRecorder(RequestEventLog log, SlaDueIndex index, SlaNoticeLog notices, SlaStateIndex states,
                            SlaClocks clocks, Clock clock) {
        this.log = log;
        this.index = index;
        this.sweep = new SlaDueSweep(index, notices, states, clocks);
        this.clock = clock;
    }

    /** Stores the events the observation implies and indexes the request under {@code subject}; returns how many events were new. */
    public int record(IssueObservation seen, SlaSubject subject) {
        if (!subject.requestKey().equals(seen.requestKey())) {
            throw new IllegalArgumentException("an observation of " + seen.requestKey() + " with the subject of "
                    + subject.requestKey());
        }
        int stored = store(seen);
        Optional<SlaDueIndex.Entry> known = index.find(seen.requestKey());
        if (stored > 0 || known.isEmpty() || !known.get().subject().equals(subject)) {
            reindex(subject, seen);
        }
        return stored;
    }

    private int store(IssueObservation seen) {
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

    /** At the later of now and the event, so an event stamped a little ahead of this node's clock still counts. */
    private void reindex(SlaSubject subject, IssueObservation seen) {
        Instant now = clock.instant();
        sweep.reindex(subject, seen.occurredAt().isAfter(now) ? seen.occurredAt() : now);
    }
}
