package com.atlassian.jira.config;

import com.atlassian.jira.issue.issuetype.IssueType;
import java.util.Collection;

/**
 * Javadoc: https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/config/IssueTypeManager.html
 * ({@code createIssueType(String, String, Long)} as in Jira's {@code DefaultIssueTypeManager}, which requires a
 * non-null avatar id).
 */
public interface IssueTypeManager {
    Collection<IssueType> getIssueTypes();

    IssueType createIssueType(String name, String description, Long avatarId);
}
