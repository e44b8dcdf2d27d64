package com.atlassian.jira.issue.fields.screen;

import com.atlassian.jira.issue.operation.ScreenableIssueOperation;

/**
 * Javadoc: https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/issue/fields/screen/FieldScreenSchemeItemImpl.html
 * (the constructor the app calls and the {@link FieldScreenSchemeItem} members it implements; its superclass
 * {@code AbstractGVBean} is left out). Compile-only: Jira provides the class at run time.
 */
public class FieldScreenSchemeItemImpl implements FieldScreenSchemeItem {

    public FieldScreenSchemeItemImpl(FieldScreenSchemeManager fieldScreenSchemeManager,
                                     FieldScreenManager fieldScreenManager) {
    }

    @Override
    public void setIssueOperation(ScreenableIssueOperation issueOperation) {
        throw new IllegalStateException("compile-only declaration");
    }

    @Override
    public void setFieldScreen(FieldScreen fieldScreen) {
        throw new IllegalStateException("compile-only declaration");
    }
}
