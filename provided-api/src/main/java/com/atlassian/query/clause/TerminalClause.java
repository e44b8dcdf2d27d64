package com.atlassian.query.clause;

/** Javadoc: https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/query/clause/TerminalClause.html */
public interface TerminalClause {
}
