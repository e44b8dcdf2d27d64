package com.atlassian.jira.issue.customfields.manager;

import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.fields.config.FieldConfig;

/** Javadoc: https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/issue/customfields/manager/OptionsManager.html */
public interface OptionsManager {
    Option createOption(FieldConfig fieldConfig, Long parentOptionId, Long sequence, String value);
}
