package io.paydesk.app.platform;

import java.time.Duration;

/**
 * The app's scheduled jobs, host-neutral: the id each host schedules it under, how often it runs, and the
 * name of the cluster-wide lock a run holds. Jira schedules them once per cluster; the sandbox runs the same
 * work on its own clock at the same intervals.
 */
public enum PaydeskJob {

    /** Disputes whose time limit passed with nobody acting get what the scheme's rules make of it. */
    DISPUTE_DEADLINES("paydesk-dispute-deadlines", Duration.ofHours(1)),

    /** SLA warnings and breaches recorded as they fall due, from the next-due index. */
    SLA_DUE("paydesk-sla-due", Duration.ofMinutes(1));

    /** Cluster lock names start with the plugin key, so they never meet another app's. */
    private static final String LOCK_PREFIX = "io.paydesk.paydesk-app:";

    private final String id;
    private final Duration interval;

    PaydeskJob(String id, Duration interval) {
        this.id = id;
        this.interval = interval;
    }

    public String id() {
        return id;
    }

    public Duration interval() {
        return interval;
    }

    public String lockName() {
        return LOCK_PREFIX + id;
    }
}
