package com.atlassian.scheduler.config;

/** Javadoc: https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/JobRunnerKey.html (a final class; only the factory the app calls). Compile-only. */
public final class JobRunnerKey {

    private JobRunnerKey() {
    }

    public static JobRunnerKey of(String key) {
        throw new IllegalStateException("compile-only declaration");
    }
}
