package io.paydesk.core.sla;

/** What happened to a request; each kind has its own facts in {@link RequestEvent.Change}. */
public enum EventKind {
    CREATED,
    STATUS_CHANGED,
    AGENT_COMMENTED,
    CUSTOMER_COMMENTED,
    PRIORITY_CHANGED,
    RESOLVED,
    REOPENED
}
