package com.atlassian.servicedesk.api.util.paging;

/**
 * Javadoc: https://docs.atlassian.com/jira-servicedesk/11.3.0/com/atlassian/servicedesk/api/util/paging/SimplePagedRequest.html
 * (only the constructor the app calls). Compile-only: JSM provides the class at run time.
 */
public class SimplePagedRequest implements PagedRequest {

    public SimplePagedRequest(int start, int limit) {
    }
}
