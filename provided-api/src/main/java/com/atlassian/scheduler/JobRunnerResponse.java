package com.atlassian.scheduler;

/**
 * Javadoc: https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/JobRunnerResponse.html
 * (a final class in the scheduler API; only the factories the app calls are declared). Compile-only.
 */
public final class JobRunnerResponse {

    private JobRunnerResponse() {
    }

    public static JobRunnerResponse success(String message) {
        throw new IllegalStateException("compile-only declaration");
    }

    public static JobRunnerResponse aborted(String message) {
        throw new IllegalStateException("compile-only declaration");
    }

    public static JobRunnerResponse failed(String message) {
        throw new IllegalStateException("compile-only declaration");
    }
}
