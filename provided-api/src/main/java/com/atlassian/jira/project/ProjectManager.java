package com.atlassian.jira.project;

import java.util.List;

/** Javadoc: https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/project/ProjectManager.html */
public interface ProjectManager {
    Project getProjectObjByKey(String projectKey);

    List<Project> getProjectObjects();
}
