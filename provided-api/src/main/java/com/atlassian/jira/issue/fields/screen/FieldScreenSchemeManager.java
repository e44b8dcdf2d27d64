package com.atlassian.jira.issue.fields.screen;

import java.util.Collection;

/** Javadoc: https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/issue/fields/screen/FieldScreenSchemeManager.html */
public interface FieldScreenSchemeManager {
    Collection<FieldScreenScheme> getFieldScreenSchemes();
}
