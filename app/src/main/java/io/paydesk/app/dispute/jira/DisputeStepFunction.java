package io.paydesk.app.dispute.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.FunctionProvider;
import com.opensymphony.workflow.WorkflowException;
import io.paydesk.app.dispute.DisputeWorkflow;
import io.paydesk.app.dispute.WorkflowCheck;
import io.paydesk.app.platform.Texts;
import io.paydesk.app.platform.jira.JiraTexts;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;

/**
 * Workflow post-function: on the create transition ({@code FILE}, placed after "Creates the issue originally"),
 * opens the dispute that {@link MaskCardNumbersFunction} checked from the fields as typed before masking them (it
 * never re-reads the masked fields); on a later transition, records the configured step
 * dated today in the partner bank's zone, which moves the stage and computes its time limit. A refusal stops the
 * transition with the reason in the user's language.
 */
@Named
public class DisputeStepFunction implements FunctionProvider {

    static final String NOT_CREATED = "paydesk.workflow.dispute.notCreated";

    private final DisputeWorkflow workflow;
    private final JiraAuthenticationContext authentication;

    @Inject
    public DisputeStepFunction(DisputeWorkflow workflow, @ComponentImport JiraAuthenticationContext authentication) {
        this.workflow = workflow;
        this.authentication = authentication;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void execute(Map transientVars, Map args, PropertySet ps) throws WorkflowException {
        Issue issue = DisputeFunctionArgs.issue(transientVars);
        String step = DisputeFunctionArgs.step(args);
        Texts texts = new JiraTexts(authentication.getI18nHelper());
        if (issue.getId() == null) {
            throw new WorkflowException(texts.get(NOT_CREATED, workflow.label(step, texts)));
        }
        WorkflowCheck check = DisputeWorkflow.FILE.equalsIgnoreCase(step)
                ? workflow.file(issue.getId(), DisputeFunctionArgs.checkedDispute(transientVars), texts)
                : workflow.step(issue.getId(), step, texts);
        if (!check.isPassed()) {
            throw new WorkflowException(check.text());
        }
    }
}
