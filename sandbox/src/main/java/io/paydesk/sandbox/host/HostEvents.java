package io.paydesk.sandbox.host;

import io.paydesk.core.sla.IssueObservation;

/**
 * The host's issue events, delivered to the app's listener as Jira's event publisher delivers
 * {@code IssueEvent}s: a request raised, its status changed. In the sandbox the listener is the app's SLA
 * event recorder, so every clock counts from what really happened here.
 */
@FunctionalInterface
public interface HostEvents {

    void publish(IssueObservation seen);
}
