package com.atlassian.jira.issue.fields.config;

/** Javadoc: https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/issue/fields/config/FieldConfig.html (no member is called: only passed back). */
public interface FieldConfig {
}
