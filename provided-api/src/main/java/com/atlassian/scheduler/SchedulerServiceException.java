package com.atlassian.scheduler;

/** Javadoc: https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/SchedulerServiceException.html (checked). */
public class SchedulerServiceException extends Exception {
    private static final long serialVersionUID = 1L;

    public SchedulerServiceException(String message) {
        super(message);
    }
}
