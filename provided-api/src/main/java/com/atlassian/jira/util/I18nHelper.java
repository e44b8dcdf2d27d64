package com.atlassian.jira.util;

/** Javadoc: https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/util/I18nHelper.html */
public interface I18nHelper {
    String getText(String key, Object parameters);
}
