package com.atlassian.servicedesk.api.requesttype;

import java.io.Serializable;

/** Javadoc: https://docs.atlassian.com/jira-servicedesk/11.3.0/com/atlassian/servicedesk/api/requesttype/RequestTypeGroup.html */
public interface RequestTypeGroup extends Serializable {
    int getId();

    /** Unique in one service desk. */
    String getName();
}
