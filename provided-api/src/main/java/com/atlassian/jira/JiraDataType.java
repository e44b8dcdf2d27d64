package com.atlassian.jira;

/** Javadoc: https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/JiraDataType.html (no member is called: the app only returns a constant). */
public interface JiraDataType {
}
