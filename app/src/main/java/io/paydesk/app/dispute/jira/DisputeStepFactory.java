package io.paydesk.app.dispute.jira;

import com.atlassian.jira.plugin.workflow.WorkflowPluginConditionFactory;
import com.atlassian.jira.plugin.workflow.WorkflowPluginFunctionFactory;
import com.atlassian.jira.plugin.workflow.WorkflowPluginValidatorFactory;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.opensymphony.workflow.loader.AbstractDescriptor;
import com.opensymphony.workflow.loader.ConditionDescriptor;
import com.opensymphony.workflow.loader.FunctionDescriptor;
import com.opensymphony.workflow.loader.ValidatorDescriptor;
import io.paydesk.app.dispute.DisputeStepSetting;
import io.paydesk.app.dispute.DisputeWorkflow;
import io.paydesk.app.platform.Texts;
import io.paydesk.app.platform.jira.JiraTexts;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;

/**
 * The workflow editor's side of the three dispute workflow functions: the administrator picks the step (file the
 * dispute, or a scheme step) from a translated list; the choice is stored in the workflow as the argument
 * {@value DisputeFunctionArgs#STEP}.
 */
@Named
public class DisputeStepFactory
        implements WorkflowPluginFunctionFactory, WorkflowPluginValidatorFactory, WorkflowPluginConditionFactory {

    /** The Velocity parameter holding the {@link DisputeStepSetting}. */
    static final String SETTING = "paydeskStep";

    private final DisputeWorkflow workflow;
    private final JiraAuthenticationContext authentication;

    @Inject
    public DisputeStepFactory(DisputeWorkflow workflow, @ComponentImport JiraAuthenticationContext authentication) {
        this.workflow = workflow;
        this.authentication = authentication;
    }

    @Override
    public Map<String, ?> getVelocityParams(String resourceName, AbstractDescriptor descriptor) {
        Texts texts = new JiraTexts(authentication.getI18nHelper());
        String selected = DisputeFunctionArgs.step(argsOf(descriptor));
        String summaryKey = switch (descriptor) {
            case ConditionDescriptor condition -> "paydesk.workflow.view.condition";
            case ValidatorDescriptor validator -> "paydesk.workflow.view.validator";
            case null, default -> "paydesk.workflow.view.function";
        };
        return Map.of(SETTING, new DisputeStepSetting(texts.get("paydesk.workflow.step.field"),
                texts.get("paydesk.workflow.step.help"), workflow.steps(texts), selected,
                texts.get(summaryKey, workflow.label(selected, texts))));
    }

    @Override
    public Map<String, ?> getDescriptorParams(Map<String, Object> formParams) {
        Object typed = formParams == null ? null : formParams.get(DisputeFunctionArgs.STEP);
        // Forms post each value as an array of strings.
        Object value = typed instanceof Object[] values ? (values.length == 0 ? null : values[0]) : typed;
        return Map.of(DisputeFunctionArgs.STEP, value == null ? "" : value.toString().strip());
    }

    private static Map<?, ?> argsOf(AbstractDescriptor descriptor) {
        return switch (descriptor) {
            case FunctionDescriptor function -> function.getArgs();
            case ConditionDescriptor condition -> condition.getArgs();
            case ValidatorDescriptor validator -> validator.getArgs();
            case null, default -> Map.of();
        };
    }
}
