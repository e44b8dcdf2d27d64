package com.atlassian.scheduler.config;

import java.util.Date;

/** Javadoc: https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/Schedule.html (a final class; only the factory the app calls). Compile-only. */
public final class Schedule {

    private Schedule() {
    }

    public static Schedule forInterval(long intervalInMillis, Date firstRunTime) {
        throw new IllegalStateException("compile-only declaration");
    }
}
