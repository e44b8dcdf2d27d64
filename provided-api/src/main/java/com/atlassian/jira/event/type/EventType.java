package com.atlassian.jira.event.type;

/** Javadoc: https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/event/type/EventType.html */
public class EventType {
    public static final Long ISSUE_CREATED_ID = 1L;
    public static final Long ISSUE_RESOLVED_ID = 4L;
    public static final Long ISSUE_COMMENTED_ID = 6L;
    public static final Long ISSUE_REOPENED_ID = 7L;

    private EventType() {
    }
}
