package com.atlassian.jira.util;

/** Javadoc: https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/util/MessageSet.html */
public interface MessageSet {
    void addErrorMessage(String errorMessage);
}
