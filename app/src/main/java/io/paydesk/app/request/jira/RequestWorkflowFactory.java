package io.paydesk.app.request.jira;

import com.atlassian.jira.plugin.workflow.WorkflowPluginFunctionFactory;
import com.atlassian.jira.plugin.workflow.WorkflowPluginValidatorFactory;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.opensymphony.workflow.loader.AbstractDescriptor;
import com.opensymphony.workflow.loader.ValidatorDescriptor;
import io.paydesk.app.platform.jira.JiraTexts;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;

/**
 * The workflow editor's side of {@link RequestFieldsValidator} and {@link UrgentPriorityFunction}: nothing to
 * configure, one translated sentence in the transition's list of validators or post-functions.
 */
@Named
public class RequestWorkflowFactory implements WorkflowPluginValidatorFactory, WorkflowPluginFunctionFactory {

    /** The Velocity parameter holding the sentence. */
    static final String SUMMARY = "paydeskRequestSummary";
    static final String VALIDATOR_KEY = "paydesk.workflow.requestFields.view";
    static final String FUNCTION_KEY = "paydesk.workflow.urgentPriority.view";

    private final JiraAuthenticationContext authentication;

    @Inject
    public RequestWorkflowFactory(@ComponentImport JiraAuthenticationContext authentication) {
        this.authentication = authentication;
    }

    @Override
    public Map<String, ?> getVelocityParams(String resourceName, AbstractDescriptor descriptor) {
        String key = descriptor instanceof ValidatorDescriptor ? VALIDATOR_KEY : FUNCTION_KEY;
        return Map.of(SUMMARY, new JiraTexts(authentication.getI18nHelper()).get(key));
    }

    @Override
    public Map<String, ?> getDescriptorParams(Map<String, Object> formParams) {
        return Map.of();
    }
}
