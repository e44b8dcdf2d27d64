package com.atlassian.jira.project;

/** Javadoc: https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/project/Project.html */
public interface Project {
    Long getId();

    String getKey();

    String getName();
}
