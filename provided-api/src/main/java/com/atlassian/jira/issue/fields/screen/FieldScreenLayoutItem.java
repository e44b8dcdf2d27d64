package com.atlassian.jira.issue.fields.screen;

/** Javadoc: https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/issue/fields/screen/FieldScreenLayoutItem.html */
public interface FieldScreenLayoutItem {
    String getFieldId();
}
