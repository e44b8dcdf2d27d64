package com.atlassian.jira.plugin.jql.function;

/**
 * Javadoc: https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/plugin/jql/function/JqlFunctionModuleDescriptor.html
 * (only passed to {@link JqlFunction#init}; no member is called).
 */
public interface JqlFunctionModuleDescriptor {
}
