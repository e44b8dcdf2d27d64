package com.atlassian.servicedesk.api;

import com.atlassian.jira.project.Project;

/** Javadoc: https://docs.atlassian.com/jira-servicedesk/11.3.0/com/atlassian/servicedesk/api/ServiceDeskManager.html */
public interface ServiceDeskManager {
    ServiceDesk getServiceDeskForProject(Project project);
}
