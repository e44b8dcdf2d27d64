package com.atlassian.servicedesk.api.util.paging;

/** Javadoc: https://docs.atlassian.com/jira-servicedesk/11.3.0/com/atlassian/servicedesk/api/util/paging/PagedRequest.html */
public interface PagedRequest {
}
