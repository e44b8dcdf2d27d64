package com.atlassian.scheduler.config;

/** Javadoc: https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/JobConfig.html (a final, immutable class; only the members the app calls). Compile-only. */
public final class JobConfig {

    private JobConfig() {
    }

    public static JobConfig forJobRunnerKey(JobRunnerKey jobRunnerKey) {
        throw new IllegalStateException("compile-only declaration");
    }

    public JobConfig withRunMode(RunMode runMode) {
        throw new IllegalStateException("compile-only declaration");
    }

    public JobConfig withSchedule(Schedule schedule) {
        throw new IllegalStateException("compile-only declaration");
    }
}
