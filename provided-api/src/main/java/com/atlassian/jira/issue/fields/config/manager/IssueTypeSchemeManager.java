package com.atlassian.jira.issue.fields.config.manager;

import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import java.util.Collection;

/** Javadoc: https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/issue/fields/config/manager/IssueTypeSchemeManager.html */
public interface IssueTypeSchemeManager {
    @SuppressWarnings("rawtypes")
    FieldConfigScheme update(FieldConfigScheme configScheme, Collection optionIds);

    FieldConfigScheme getConfigScheme(Project project);

    Collection<IssueType> getIssueTypesForProject(Project project);
}
