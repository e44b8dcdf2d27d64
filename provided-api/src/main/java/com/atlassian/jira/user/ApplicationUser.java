package com.atlassian.jira.user;

/** Javadoc: https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/user/ApplicationUser.html */
public interface ApplicationUser {
    String getKey();

    String getDisplayName();

    String getUsername();
}
