package com.atlassian.jira.issue.customfields;

import com.atlassian.jira.issue.context.JiraContextNode;
import com.atlassian.jira.project.ProjectManager;
import java.util.List;

/**
 * Javadoc: https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/issue/customfields/CustomFieldUtils.html (only the static method the app calls).
 * Compile-only: Jira provides the class at run time.
 */
public class CustomFieldUtils {

    public CustomFieldUtils() {
    }

    public static List<JiraContextNode> buildJiraIssueContexts(boolean global, Long[] projects,
                                                               ProjectManager projectManager) {
        throw new IllegalStateException("compile-only declaration");
    }
}
