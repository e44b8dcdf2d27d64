package com.atlassian.scheduler;

/** Javadoc: https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/JobRunner.html */
public interface JobRunner {
    JobRunnerResponse runJob(JobRunnerRequest request);
}
