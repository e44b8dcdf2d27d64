package io.paydesk.sandbox.host;

import io.paydesk.core.sla.IssueObservation;
import io.paydesk.core.sla.SlaSubject;

/**
 * The host's issue events, delivered to the app's listener as Jira's event publisher delivers
 * {@code IssueEvent}s: a request raised, its status changed. In the sandbox the listener is the app's SLA
 * event recorder, so every clock counts from what really happened here.
 */
@FunctionalInterface
public interface HostEvents {

    /** What happened, and what picks the request's SLA policy (its partner bank and request type). */
    void publish(IssueObservation seen, SlaSubject subject);
}
