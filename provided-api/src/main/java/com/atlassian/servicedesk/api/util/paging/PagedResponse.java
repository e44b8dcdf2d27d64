package com.atlassian.servicedesk.api.util.paging;

import java.util.List;

/** Javadoc: https://docs.atlassian.com/jira-servicedesk/11.3.0/com/atlassian/servicedesk/api/util/paging/PagedResponse.html */
public interface PagedResponse<T> extends Iterable<T> {
    List<T> getResults();

    boolean hasNextPage();
}
