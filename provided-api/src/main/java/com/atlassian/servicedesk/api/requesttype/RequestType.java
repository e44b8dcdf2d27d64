package com.atlassian.servicedesk.api.requesttype;

import java.io.Serializable;
import java.util.List;

/** Javadoc: https://docs.atlassian.com/jira-servicedesk/11.3.0/com/atlassian/servicedesk/api/requesttype/RequestType.html */
public interface RequestType extends Serializable {
    String getName();

    /** The portal groups the request type is in. */
    List<RequestTypeGroup> getGroups();
}
