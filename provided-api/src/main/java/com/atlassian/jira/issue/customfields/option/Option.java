package com.atlassian.jira.issue.customfields.option;

/** Javadoc: https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/issue/customfields/option/Option.html */
public interface Option extends SimpleOption<Option> {
}
