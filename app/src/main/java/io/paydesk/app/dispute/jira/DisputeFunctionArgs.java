package io.paydesk.app.dispute.jira;

import com.atlassian.jira.issue.Issue;
import com.opensymphony.workflow.WorkflowException;
import java.util.Map;

/**
 * What Jira hands every dispute workflow function: the issue in {@code transientVars} under {@code "issue"}, and the
 * step the administrator chose in {@code args} under {@value #STEP}, as stored in the workflow's XML.
 */
final class DisputeFunctionArgs {

    /** The argument naming the configured step: {@code FILE} or a {@code DisputeAction} name. */
    static final String STEP = "action";
    static final String ISSUE = "issue";

    private DisputeFunctionArgs() {
    }

    static String step(Map<?, ?> args) {
        Object step = args == null ? null : args.get(STEP);
        return step == null ? "" : step.toString().strip();
    }

    static Issue issue(Map<?, ?> transientVars) throws WorkflowException {
        if (transientVars != null && transientVars.get(ISSUE) instanceof Issue issue) {
            return issue;
        }
        throw new WorkflowException("Paydesk dispute step: the transition carries no issue");
    }
}
