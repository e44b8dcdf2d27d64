package com.atlassian.jira.util;

import java.util.Locale;

/** Javadoc: https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/util/I18nHelper.html */
public interface I18nHelper {
    Locale getLocale();

    String getText(String key);

    String getText(String key, Object parameters);
}
