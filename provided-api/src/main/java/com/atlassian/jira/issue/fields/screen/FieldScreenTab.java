package com.atlassian.jira.issue.fields.screen;

import java.util.List;

/** Javadoc: https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/issue/fields/screen/FieldScreenTab.html */
public interface FieldScreenTab {
    String getName();

    List<FieldScreenLayoutItem> getFieldScreenLayoutItems();

    void addFieldScreenLayoutItem(String fieldId);
}
