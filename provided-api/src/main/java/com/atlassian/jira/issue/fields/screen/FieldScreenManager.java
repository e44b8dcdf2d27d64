package com.atlassian.jira.issue.fields.screen;

import java.util.Collection;

/** Javadoc: https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/issue/fields/screen/FieldScreenManager.html */
public interface FieldScreenManager {
    Collection<FieldScreen> getFieldScreens();
}
