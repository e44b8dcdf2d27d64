package io.paydesk.app.dispute.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.FunctionProvider;
import com.opensymphony.workflow.WorkflowException;
import io.paydesk.app.dispute.DisputeWorkflow;
import io.paydesk.app.platform.jira.JiraTexts;
import io.paydesk.app.request.jira.JiraCardNumberMask;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;

/**
 * Workflow post-function "Paydesk: mask card numbers", placed on the create transition BEFORE "Creates the issue
 * originally": while the request is not stored yet, it checks the partner's dispute from the fields as typed (the full
 * card number, whose check digit is verified) and leaves that check for {@code FILE} in the transition's variables,
 * then masks every card number in the summary, description and text fields, so Jira stores none in full. It refuses
 * nothing: the validator refuses wrong fields, {@code FILE} reports a refused check once the request exists.
 */
@Named
public class MaskCardNumbersFunction implements FunctionProvider {

    private final DisputeWorkflow workflow;
    private final JiraDisputeFields fields;
    private final JiraCardNumberMask mask;
    private final JiraAuthenticationContext authentication;

    @Inject
    public MaskCardNumbersFunction(DisputeWorkflow workflow, JiraDisputeFields fields, JiraCardNumberMask mask,
            @ComponentImport JiraAuthenticationContext authentication) {
        this.workflow = workflow;
        this.fields = fields;
        this.mask = mask;
        this.authentication = authentication;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void execute(Map transientVars, Map args, PropertySet ps) throws WorkflowException {
        Issue issue = DisputeFunctionArgs.issue(transientVars);
        if (!(issue instanceof MutableIssue mutable)) {
            throw new WorkflowException("Paydesk: mask card numbers: the transition's issue cannot be changed");
        }
        if (issue.getId() == null) {
            DisputeFunctionArgs.handOver(transientVars, workflow.prepare(fields.dispute(issue), fields.card(issue),
                    fields.partner(issue), new JiraTexts(authentication.getI18nHelper())));
        }
        mask.mask(mutable);
    }
}
