package com.atlassian.jira.issue.fields.screen.issuetype;

import com.atlassian.jira.issue.fields.screen.FieldScreenScheme;

/** Javadoc: https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/issue/fields/screen/issuetype/IssueTypeScreenSchemeEntity.html */
public interface IssueTypeScreenSchemeEntity {
    /** The issue type's id; {@code null} for the scheme's default entity. */
    String getIssueTypeId();

    void setIssueTypeId(String issueTypeId);

    FieldScreenScheme getFieldScreenScheme();

    void setFieldScreenScheme(FieldScreenScheme fieldScreenScheme);
}
