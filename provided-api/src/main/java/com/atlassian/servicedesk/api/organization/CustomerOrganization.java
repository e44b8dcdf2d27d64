package com.atlassian.servicedesk.api.organization;

/** Javadoc: https://docs.atlassian.com/jira-servicedesk/11.3.0/com/atlassian/servicedesk/api/organization/CustomerOrganization.html */
public interface CustomerOrganization {
    int getId();

    String getName();
}
