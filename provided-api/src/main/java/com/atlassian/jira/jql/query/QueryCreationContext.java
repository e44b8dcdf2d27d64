package com.atlassian.jira.jql.query;

/** Javadoc: https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/jql/query/QueryCreationContext.html */
public interface QueryCreationContext {
}
