package com.atlassian.jira.plugin.workflow;

/** Javadoc: https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/plugin/workflow/WorkflowPluginValidatorFactory.html */
public interface WorkflowPluginValidatorFactory extends WorkflowPluginFactory {
}
