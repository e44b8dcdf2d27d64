package com.atlassian.servicedesk.api.requesttype;

import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.servicedesk.api.ServiceDesk;

/** Javadoc: https://docs.atlassian.com/jira-servicedesk/11.3.0/com/atlassian/servicedesk/api/requesttype/RequestTypeCreateParameters.html */
public interface RequestTypeCreateParameters {

    /** Javadoc: https://docs.atlassian.com/jira-servicedesk/11.3.0/com/atlassian/servicedesk/api/requesttype/RequestTypeCreateParameters.Builder.html */
    interface Builder {
        Builder serviceDesk(ServiceDesk serviceDesk);

        Builder issueType(IssueType issueType);

        Builder name(String name);

        Builder description(String description);

        /** Puts the new request type in the portal group with that id (since JSM 3.7.0). */
        Builder addGroupId(Integer groupId);

        RequestTypeCreateParameters build();
    }
}
