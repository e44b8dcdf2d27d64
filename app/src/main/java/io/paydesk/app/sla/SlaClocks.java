package io.paydesk.app.sla;

import io.paydesk.core.common.Outcome;
import io.paydesk.core.sla.EventHistory;
import io.paydesk.core.sla.RequestClocks;
import io.paydesk.core.sla.RequestEventLog;
import io.paydesk.core.sla.RequestSla;
import io.paydesk.core.sla.SlaSettings;
import io.paydesk.core.sla.SlaSubject;
import io.paydesk.core.sla.SlaTimers;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;

/**
 * One request's SLA clocks as of a moment: its recorded events, under the installation's policies and
 * calendars. Host-neutral; the SLA panel, the due-time index and its job all read clocks here, so they
 * never disagree.
 */
@Named
public class SlaClocks implements RequestClocks {

    private final RequestEventLog log;
    private final SlaSettings settings;

    @Inject
    public SlaClocks(RequestEventLog log, SlaSettings settings) {
        this.log = log;
        this.settings = settings;
    }

    /** The request's timers at {@code now}; refused when its history or a calendar a goal names cannot be read. */
    @Override
    public Outcome<RequestSla> at(SlaSubject subject, Instant now) {
        return switch (log.history(subject.requestKey())) {
            case Outcome.Accepted<EventHistory> history ->
                    SlaTimers.evaluate(settings.policies(), subject, settings.calendars(), history.value(), now);
            case Outcome.Refused<EventHistory> refused -> Outcome.refused(refused.refusals());
        };
    }
}
