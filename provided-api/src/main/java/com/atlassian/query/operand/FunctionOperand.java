package com.atlassian.query.operand;

import java.util.List;

/** Javadoc: https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/query/operand/FunctionOperand.html. Compile-only: Jira provides the class at run time. */
public class FunctionOperand implements Operand {

    public FunctionOperand(String name, String... args) {
    }

    public List<String> getArgs() {
        throw new IllegalStateException("compile-only declaration");
    }
}
