package com.atlassian.jira.plugin.workflow;

/** Javadoc: https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/plugin/workflow/WorkflowPluginConditionFactory.html */
public interface WorkflowPluginConditionFactory extends WorkflowPluginFactory {
}
