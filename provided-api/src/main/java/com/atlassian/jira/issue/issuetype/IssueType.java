package com.atlassian.jira.issue.issuetype;

/** Javadoc: https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/issue/issuetype/IssueType.html */
public interface IssueType {
    String getId();

    String getName();
}
