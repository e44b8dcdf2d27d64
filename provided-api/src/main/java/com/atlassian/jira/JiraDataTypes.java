package com.atlassian.jira;

/**
 * Javadoc: https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/JiraDataTypes.html. Compile-only: Jira provides the class, and the value of
 * {@link #ISSUE} (not a compile-time constant, so it is read at run time).
 */
public final class JiraDataTypes {
    public static final JiraDataType ISSUE = null;

    public JiraDataTypes() {
    }
}
