package com.atlassian.jira.issue.fields.screen;

import com.atlassian.jira.issue.operation.ScreenableIssueOperation;

/** Javadoc: https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/issue/fields/screen/FieldScreenSchemeItem.html */
public interface FieldScreenSchemeItem {
    /** {@code null} makes the scheme's default item, used for every operation without its own. */
    void setIssueOperation(ScreenableIssueOperation issueOperation);

    void setFieldScreen(FieldScreen fieldScreen);
}
