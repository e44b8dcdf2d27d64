package io.paydesk.app.dispute.jira;

import com.atlassian.jira.issue.Issue;
import com.opensymphony.workflow.WorkflowException;
import io.paydesk.app.dispute.CheckedDispute;
import java.util.Map;
import java.util.Optional;

/**
 * What Jira hands every dispute workflow function: the issue in {@code transientVars} under {@code "issue"}, and the
 * step the administrator chose in {@code args} under {@value #STEP}, as stored in the workflow's XML. OSWorkflow passes
 * one {@code transientVars} map to every validator and post-function of a transition, never stored, so the create
 * transition's mask function leaves the dispute it checked there under {@value #CHECKED_DISPUTE} for {@code FILE}.
 */
final class DisputeFunctionArgs {

    /** The argument naming the configured step: {@code FILE} or a {@code DisputeAction} name. */
    static final String STEP = "action";
    static final String ISSUE = "issue";
    /** The transient variable carrying the {@link CheckedDispute} from the mask function to {@code FILE}. */
    static final String CHECKED_DISPUTE = "paydesk.checkedDispute";

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

    /** Leaves the dispute checked before masking for the {@code FILE} post-function of the same transition. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static void handOver(Map transientVars, CheckedDispute checked) {
        transientVars.put(CHECKED_DISPUTE, checked);
    }

    /** The dispute the mask function checked on this transition, if it ran before the request was created. */
    static Optional<CheckedDispute> checkedDispute(Map<?, ?> transientVars) {
        return transientVars != null && transientVars.get(CHECKED_DISPUTE) instanceof CheckedDispute checked
                ? Optional.of(checked) : Optional.empty();
    }
}
