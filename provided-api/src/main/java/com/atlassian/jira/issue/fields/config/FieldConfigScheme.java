package com.atlassian.jira.issue.fields.config;

/** Javadoc: https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/issue/fields/config/FieldConfigScheme.html */
public interface FieldConfigScheme {
    /** The scheme's only configuration, or null when it has none or more than one. */
    FieldConfig getOneAndOnlyConfig();
}
