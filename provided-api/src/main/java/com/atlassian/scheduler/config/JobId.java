package com.atlassian.scheduler.config;

/** Javadoc: https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/JobId.html (a final class; only the factory the app calls). Compile-only. */
public final class JobId {

    private JobId() {
    }

    public static JobId of(String id) {
        throw new IllegalStateException("compile-only declaration");
    }
}
