package io.paydesk.app.dispute.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.InvalidInputException;
import com.opensymphony.workflow.Validator;
import com.opensymphony.workflow.WorkflowException;
import io.paydesk.app.dispute.DisputeWorkflow;
import io.paydesk.app.dispute.WorkflowCheck;
import io.paydesk.app.platform.Texts;
import io.paydesk.app.platform.jira.JiraTexts;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;

/**
 * Workflow validator: on the create transition ({@code FILE}), every wrong dispute field of the partner's request,
 * each shown under its own field; on a later transition, why the scheme does not allow the step today. In the
 * user's language; nothing is stored.
 */
@Named
public class DisputeStepValidator implements Validator {

    private final DisputeWorkflow workflow;
    private final JiraDisputeFields fields;
    private final JiraAuthenticationContext authentication;

    @Inject
    public DisputeStepValidator(DisputeWorkflow workflow, JiraDisputeFields fields,
            @ComponentImport JiraAuthenticationContext authentication) {
        this.workflow = workflow;
        this.fields = fields;
        this.authentication = authentication;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void validate(Map transientVars, Map args, PropertySet ps) throws InvalidInputException, WorkflowException {
        Issue issue = DisputeFunctionArgs.issue(transientVars);
        String step = DisputeFunctionArgs.step(args);
        Texts texts = new JiraTexts(authentication.getI18nHelper());
        WorkflowCheck check;
        if (DisputeWorkflow.FILE.equalsIgnoreCase(step)) {
            check = workflow.checkNew(fields.dispute(issue), fields.card(issue), fields.partner(issue), texts);
        } else if (issue.getId() == null) {
            check = WorkflowCheck.refused(texts.get(DisputeStepFunction.NOT_CREATED, workflow.label(step, texts)));
        } else {
            check = workflow.checkStep(issue.getId(), step, texts);
        }
        if (!check.isPassed()) {
            InvalidInputException refused = new InvalidInputException();
            for (WorkflowCheck.Message message : check.messages()) {
                fields.jiraFieldId(message.field()).ifPresentOrElse(id -> refused.addError(id, message.text()),
                        () -> refused.addError(message.text()));
            }
            throw refused;
        }
    }
}
