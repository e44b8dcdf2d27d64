package com.atlassian.jira.issue.customfields.option;

/** Javadoc: https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/issue/customfields/option/SimpleOption.html */
public interface SimpleOption<T extends SimpleOption<T>> {
    String getValue();
}
