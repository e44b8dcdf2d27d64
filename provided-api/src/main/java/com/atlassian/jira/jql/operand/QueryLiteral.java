package com.atlassian.jira.jql.operand;

import com.atlassian.query.operand.Operand;

/** Javadoc: https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/jql/operand/QueryLiteral.html. Compile-only: Jira provides the class at run time. */
public class QueryLiteral {

    public QueryLiteral(Operand sourceOperand, String stringValue) {
    }
}
