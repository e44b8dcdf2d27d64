package com.atlassian.jira.issue.fields;

import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import java.util.List;

/** Javadoc: https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/issue/fields/CustomField.html */
public interface CustomField {
    String getId();

    String getName();

    CustomFieldType<?, ?> getCustomFieldType();

    List<FieldConfigScheme> getConfigurationSchemes();
}
