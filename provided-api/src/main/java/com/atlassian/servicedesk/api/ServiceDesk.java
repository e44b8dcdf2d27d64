package com.atlassian.servicedesk.api;

/** Javadoc: https://docs.atlassian.com/jira-servicedesk/11.3.0/com/atlassian/servicedesk/api/ServiceDesk.html */
public interface ServiceDesk {
    int getId();
}
