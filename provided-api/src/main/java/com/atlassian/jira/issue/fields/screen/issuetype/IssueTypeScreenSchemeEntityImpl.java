package com.atlassian.jira.issue.fields.screen.issuetype;

import com.atlassian.jira.config.ConstantsManager;
import com.atlassian.jira.issue.fields.screen.FieldScreenScheme;
import com.atlassian.jira.issue.fields.screen.FieldScreenSchemeManager;
import org.ofbiz.core.entity.GenericValue;

/**
 * Javadoc: https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/issue/fields/screen/issuetype/IssueTypeScreenSchemeEntityImpl.html
 * (the constructor the app calls, with a {@code null} row for a new entity, and the
 * {@link IssueTypeScreenSchemeEntity} members it implements; its superclass {@code AbstractGVBean} is left out).
 * Compile-only: Jira provides the class at run time.
 */
public class IssueTypeScreenSchemeEntityImpl implements IssueTypeScreenSchemeEntity {

    public IssueTypeScreenSchemeEntityImpl(IssueTypeScreenSchemeManager issueTypeScreenSchemeManager,
                                           GenericValue genericValue, FieldScreenSchemeManager fieldScreenSchemeManager,
                                           ConstantsManager constantsManager) {
    }

    @Override
    public String getIssueTypeId() {
        throw new IllegalStateException("compile-only declaration");
    }

    @Override
    public void setIssueTypeId(String issueTypeId) {
        throw new IllegalStateException("compile-only declaration");
    }

    @Override
    public FieldScreenScheme getFieldScreenScheme() {
        throw new IllegalStateException("compile-only declaration");
    }

    @Override
    public void setFieldScreenScheme(FieldScreenScheme fieldScreenScheme) {
        throw new IllegalStateException("compile-only declaration");
    }
}
