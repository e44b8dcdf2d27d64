package com.atlassian.jira.security;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.I18nHelper;
import java.util.Locale;

/** Javadoc: https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/security/JiraAuthenticationContext.html */
public interface JiraAuthenticationContext {
    Locale getLocale();

    I18nHelper getI18nHelper();

    ApplicationUser getLoggedInUser();
}
