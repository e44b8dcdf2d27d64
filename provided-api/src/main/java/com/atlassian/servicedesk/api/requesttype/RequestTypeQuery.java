package com.atlassian.servicedesk.api.requesttype;

import com.atlassian.servicedesk.api.util.paging.PagedRequest;

/** Javadoc: https://docs.atlassian.com/jira-servicedesk/11.3.0/com/atlassian/servicedesk/api/requesttype/RequestTypeQuery.html */
public interface RequestTypeQuery {

    /** Javadoc: https://docs.atlassian.com/jira-servicedesk/11.3.0/com/atlassian/servicedesk/api/requesttype/RequestTypeQuery.Builder.html */
    interface Builder {
        Builder serviceDesk(Integer serviceDesk);

        Builder pagedRequest(PagedRequest pagedRequest);

        RequestTypeQuery build();
    }
}
