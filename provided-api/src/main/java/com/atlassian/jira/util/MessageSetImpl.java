package com.atlassian.jira.util;

/** Javadoc: https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/util/MessageSetImpl.html. Compile-only: Jira provides the class at run time. */
public class MessageSetImpl extends AbstractMessageSet {

    public MessageSetImpl() {
    }
}
