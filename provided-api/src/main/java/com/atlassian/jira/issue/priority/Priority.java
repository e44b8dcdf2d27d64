package com.atlassian.jira.issue.priority;

/** Javadoc: https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/issue/priority/Priority.html */
public interface Priority {
    String getId();

    String getName();

    Long getSequence();
}
