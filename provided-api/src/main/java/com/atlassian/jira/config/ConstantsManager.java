package com.atlassian.jira.config;

/**
 * Javadoc: https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/config/ConstantsManager.html (declared as the type Jira's
 * {@code IssueTypeScreenSchemeEntityImpl} constructor takes; the app calls none of its members).
 */
public interface ConstantsManager {
}
