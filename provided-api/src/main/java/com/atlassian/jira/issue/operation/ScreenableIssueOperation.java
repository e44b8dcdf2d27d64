package com.atlassian.jira.issue.operation;

/**
 * Javadoc: https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/issue/operation/ScreenableIssueOperation.html (declared for the parameter type of
 * {@code FieldScreenSchemeItem.setIssueOperation}; a {@code null} operation is a scheme's default item).
 */
public interface ScreenableIssueOperation {
}
