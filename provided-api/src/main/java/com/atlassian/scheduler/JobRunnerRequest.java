package com.atlassian.scheduler;

/** Javadoc: https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/JobRunnerRequest.html (the app reads none of its members). */
public interface JobRunnerRequest {
}
