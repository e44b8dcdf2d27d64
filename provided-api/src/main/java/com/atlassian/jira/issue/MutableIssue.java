package com.atlassian.jira.issue;

import com.atlassian.jira.issue.fields.CustomField;

/** Javadoc: https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/issue/MutableIssue.html */
public interface MutableIssue extends Issue {
    void setSummary(String summary);

    void setDescription(String description);

    void setCustomFieldValue(CustomField customField, Object value);

    void setPriorityId(String priorityId);
}
