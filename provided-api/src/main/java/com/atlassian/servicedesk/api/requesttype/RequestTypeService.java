package com.atlassian.servicedesk.api.requesttype;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.servicedesk.api.util.paging.PagedResponse;

/**
 * Javadoc: https://docs.atlassian.com/jira-servicedesk/11.3.0/com/atlassian/servicedesk/api/requesttype/RequestTypeService.html
 * (only the members the app calls; each throws the unchecked {@code ServiceDeskServiceException} on error).
 */
public interface RequestTypeService {
    RequestTypeQuery.Builder newQueryBuilder();

    PagedResponse<RequestType> getRequestTypes(ApplicationUser user, RequestTypeQuery requestTypeQuery);

    RequestTypeCreateParameters.Builder newCreateBuilder();

    RequestType createRequestType(ApplicationUser user, RequestTypeCreateParameters requestTypeCreateParameters);
}
