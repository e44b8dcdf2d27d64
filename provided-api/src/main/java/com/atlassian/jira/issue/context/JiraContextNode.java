package com.atlassian.jira.issue.context;

/** Javadoc: https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/issue/context/JiraContextNode.html (no member is called: only passed back). */
public interface JiraContextNode {
}
