package com.atlassian.query.operand;

/** Javadoc: https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/query/operand/Operand.html */
public interface Operand {
}
