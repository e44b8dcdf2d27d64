package io.paydesk.core.sla;

/**
 * Where an installation keeps its SLA configuration for editing: the calendar definitions and every policy
 * version, read together, and changes stored all at once or not at all.
 */
public interface SlaSettingsStore extends SlaSettings {

    /** Everything stored, as definitions and the policy book. */
    SlaConfiguration configuration();

    /** Stores an accepted change in one transaction: definitions saved, versions appended; never a delete. */
    void apply(SlaChange change);
}
