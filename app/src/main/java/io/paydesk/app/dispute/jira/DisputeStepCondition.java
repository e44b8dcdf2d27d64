package io.paydesk.app.dispute.jira;

import com.atlassian.jira.issue.Issue;
import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.Condition;
import com.opensymphony.workflow.WorkflowException;
import io.paydesk.app.dispute.DisputeWorkflow;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;

/**
 * Workflow condition: the transition is offered only when the scheme allows its step from the dispute's current
 * stage, so agents never see a transition out of scheme order ({@code FILE}: only while the request has no
 * dispute yet).
 */
@Named
public class DisputeStepCondition implements Condition {

    private final DisputeWorkflow workflow;

    @Inject
    public DisputeStepCondition(DisputeWorkflow workflow) {
        this.workflow = workflow;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public boolean passesCondition(Map transientVars, Map args, PropertySet ps) throws WorkflowException {
        Issue issue = DisputeFunctionArgs.issue(transientVars);
        String step = DisputeFunctionArgs.step(args);
        if (issue.getId() == null) {
            return DisputeWorkflow.FILE.equalsIgnoreCase(step);
        }
        return workflow.offers(issue.getId(), step);
    }
}
