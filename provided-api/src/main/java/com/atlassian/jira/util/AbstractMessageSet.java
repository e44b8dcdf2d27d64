package com.atlassian.jira.util;

/** Javadoc: https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/util/AbstractMessageSet.html. Compile-only: Jira provides the class at run time. */
public abstract class AbstractMessageSet implements MessageSet {

    protected AbstractMessageSet() {
    }

    @Override
    public void addErrorMessage(String errorMessage) {
        throw new IllegalStateException("compile-only declaration");
    }
}
