package com.atlassian.jira.issue;

import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.priority.Priority;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.user.ApplicationUser;
import java.sql.Timestamp;

/** Javadoc: https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/issue/Issue.html */
public interface Issue {
    Long getId();

    String getKey();

    String getSummary();

    String getDescription();

    IssueType getIssueType();

    Status getStatus();

    Priority getPriority();

    ApplicationUser getReporter();

    Timestamp getCreated();

    Object getCustomFieldValue(CustomField customField);
}
