package com.atlassian.jira.issue.fields.screen;

import java.util.List;

/** Javadoc: https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/issue/fields/screen/FieldScreen.html */
public interface FieldScreen {
    String getName();

    void setName(String name);

    List<FieldScreenTab> getTabs();

    FieldScreenTab addTab(String tabName);

    void store();
}
