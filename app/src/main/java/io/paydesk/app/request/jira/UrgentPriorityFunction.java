package io.paydesk.app.request.jira;

import com.atlassian.jira.config.PriorityManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.priority.Priority;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.FunctionProvider;
import com.opensymphony.workflow.WorkflowException;
import io.paydesk.core.request.types.RequestType;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Workflow post-function "Paydesk: urgent requests get the highest priority": a request the domain calls urgent (a
 * card block, a KYC review after a sanctions hit, a partner API incident of SEV1 or SEV2) gets the instance's highest
 * priority, the first in Jira's priority order. It sets the priority on the transition's issue, which Jira stores
 * with the issue: place it before "Creates the issue originally" on the create transition, or before "Update change
 * history for an issue and store the issue in the database" on another one. It uses the request "Paydesk: check the
 * request fields" accepted on the same transition, else checks the issue's fields itself; a request that is not
 * urgent, not one of the six types, or whose fields are refused keeps its priority.
 */
@Named
public class UrgentPriorityFunction implements FunctionProvider {

    private final JiraRequestIntake intake;
    private final PriorityManager priorities;

    @Inject
    public UrgentPriorityFunction(JiraRequestIntake intake, @ComponentImport PriorityManager priorities) {
        this.intake = intake;
        this.priorities = priorities;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void execute(Map transientVars, Map args, PropertySet ps) throws WorkflowException {
        if (transientVars == null || !(transientVars.get("issue") instanceof Issue issue)) {
            throw new WorkflowException("Paydesk: urgent requests get the highest priority: the transition carries no issue");
        }
        Optional<RequestType> request = intake.accepted(transientVars, issue);
        if (request.isEmpty() || request.get().urgency() != RequestType.Urgency.URGENT) {
            return;
        }
        if (!(issue instanceof MutableIssue mutable)) {
            throw new WorkflowException("Paydesk: urgent requests get the highest priority: the transition's issue"
                    + " cannot be changed");
        }
        Optional<Priority> highest = highest(priorities.getPriorities());
        if (highest.isPresent() && (issue.getPriority() == null
                || !Objects.equals(issue.getPriority().getId(), highest.get().getId()))) {
            mutable.setPriorityId(highest.get().getId());
        }
    }

    /** The highest priority: the lowest sequence in Jira's priority order (the first listed when none has one). */
    static Optional<Priority> highest(List<Priority> all) {
        if (all == null || all.isEmpty()) {
            return Optional.empty();
        }
        return all.stream().filter(p -> p.getSequence() != null).min(Comparator.comparing(Priority::getSequence))
                .or(() -> Optional.of(all.get(0)));
    }
}
