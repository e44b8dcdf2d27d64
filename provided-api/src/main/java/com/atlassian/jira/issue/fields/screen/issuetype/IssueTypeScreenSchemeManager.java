package com.atlassian.jira.issue.fields.screen.issuetype;

import com.atlassian.jira.project.Project;

/** Javadoc: https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/issue/fields/screen/issuetype/IssueTypeScreenSchemeManager.html */
public interface IssueTypeScreenSchemeManager {
    IssueTypeScreenScheme getIssueTypeScreenScheme(Project project);
}
