package com.atlassian.jira.config;

import com.atlassian.jira.issue.priority.Priority;
import java.util.List;

/** Javadoc: https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/config/PriorityManager.html */
public interface PriorityManager {
    List<Priority> getPriorities();
}
