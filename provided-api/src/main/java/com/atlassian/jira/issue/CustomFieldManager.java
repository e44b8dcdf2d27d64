package com.atlassian.jira.issue;

import com.atlassian.jira.issue.fields.CustomField;
import java.util.Collection;
import java.util.List;

/** Javadoc: https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/issue/CustomFieldManager.html */
public interface CustomFieldManager {
    Collection<CustomField> getCustomFieldObjectsByName(String customFieldName);

    List<CustomField> getCustomFieldObjects();
}
