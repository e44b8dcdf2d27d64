package io.paydesk.core.sla;

import io.paydesk.core.common.Outcome;
import java.time.Instant;

/** Port: one request's SLA timers at a moment, from its recorded events under the installation's policies and calendars. */
@FunctionalInterface
public interface RequestClocks {

    /** Refused when the request's history or a calendar its goals name cannot be read. */
    Outcome<RequestSla> at(SlaSubject subject, Instant now);
}
