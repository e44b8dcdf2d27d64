package io.paydesk.app.dispute.jira;

import com.atlassian.jira.plugin.workflow.WorkflowPluginFunctionFactory;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.opensymphony.workflow.loader.AbstractDescriptor;
import io.paydesk.app.platform.jira.JiraTexts;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;

/**
 * The workflow editor's side of {@link MaskCardNumbersFunction}: nothing to configure, one translated sentence in the
 * transition's list of post-functions.
 */
@Named
public class MaskCardNumbersFactory implements WorkflowPluginFunctionFactory {

    /** The Velocity parameter holding the sentence. */
    static final String SUMMARY = "paydeskMaskSummary";
    static final String SUMMARY_KEY = "paydesk.workflow.mask.view";

    private final JiraAuthenticationContext authentication;

    @Inject
    public MaskCardNumbersFactory(@ComponentImport JiraAuthenticationContext authentication) {
        this.authentication = authentication;
    }

    @Override
    public Map<String, ?> getVelocityParams(String resourceName, AbstractDescriptor descriptor) {
        return Map.of(SUMMARY, new JiraTexts(authentication.getI18nHelper()).get(SUMMARY_KEY));
    }

    @Override
    public Map<String, ?> getDescriptorParams(Map<String, Object> formParams) {
        return Map.of();
    }
}
