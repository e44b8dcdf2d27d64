package io.paydesk.app.dispute;

import io.paydesk.app.platform.RefusalText;
import io.paydesk.app.platform.Texts;
import io.paydesk.core.common.Outcome;
import io.paydesk.core.common.Refusal;
import io.paydesk.core.dispute.TypedDispute;
import io.paydesk.core.dispute.deadline.Geography;
import io.paydesk.core.dispute.desk.NewDispute;
import io.paydesk.core.dispute.lifecycle.DisputeAction;
import io.paydesk.core.dispute.lifecycle.DisputeActions;
import io.paydesk.core.dispute.lifecycle.OpenDispute;
import io.paydesk.core.dispute.store.DisputeRecord;
import io.paydesk.core.partner.PartnerBank;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The dispute behind a request's workflow, host-neutral: the validator, condition and post-function adapters only
 * read the issue and call this. A workflow function is configured with one step: {@link #FILE} on the create
 * transition (the partner's fields are checked as typed, then masked before Jira stores them, then the dispute
 * checked before masking is filed once the request exists), or the name of a
 * {@link DisputeAction} on a later transition (offered only in the scheme's order, checked, then recorded dated
 * today in the partner bank's zone, with its next time limit computed). Every answer is in the viewer's language.
 */
@Named
public class DisputeWorkflow {

    /** The step of the create transition: the partner's request files the dispute. */
    public static final String FILE = "FILE";

    static final String FILE_LABEL = "paydesk.workflow.step.file";
    static final String NO_PARTNER = "paydesk.workflow.dispute.noPartner";
    static final String NOT_CHECKED = "paydesk.workflow.dispute.notChecked";

    private final Disputes disputes;

    @Inject
    public DisputeWorkflow(Disputes disputes) {
        this.disputes = disputes;
    }

    /** The steps a workflow function may be configured with, labelled for an administrator. */
    public List<DisputeActionChoice> steps(Texts texts) {
        List<DisputeActionChoice> steps = new ArrayList<>();
        steps.add(new DisputeActionChoice(FILE, texts.get(FILE_LABEL), false));
        for (DisputeAction action : DisputeAction.values()) {
            steps.add(new DisputeActionChoice(action.name(), texts.get(action.nameKey()), action.recovers()));
        }
        return List.copyOf(steps);
    }

    /** The label of a configured step; an unknown name is shown as typed. */
    public String label(String step, Texts texts) {
        return steps(texts).stream().filter(s -> s.name().equalsIgnoreCase(safe(step).strip()))
                .map(DisputeActionChoice::label).findFirst().orElse(safe(step));
    }

    /** The validator on the create transition: every wrong field of the partner's dispute, nothing stored. */
    public WorkflowCheck checkNew(TypedDispute typed, String typedCard, Optional<PartnerBank> partner, Texts texts) {
        return prepare(typed, typedCard, partner, texts).check();
    }

    /**
     * The mask function on the create transition, before "Creates the issue originally": the dispute checked from
     * the fields as typed (the full card number), before they are masked. Nothing is stored; {@link #file} opens it.
     */
    public CheckedDispute prepare(TypedDispute typed, String typedCard, Optional<PartnerBank> partner, Texts texts) {
        if (partner.isEmpty()) {
            return CheckedDispute.refused(WorkflowCheck.refused(texts.get(NO_PARTNER)));
        }
        PartnerBank bank = partner.get();
        Outcome<NewDispute> checked = disputes.desk().check(typed, typedCard, Geography.issuerIn(bank.country()), bank);
        return checked instanceof Outcome.Accepted<NewDispute> ok
                ? CheckedDispute.filed(ok.value())
                : CheckedDispute.refused(verdict(checked, texts));
    }

    /**
     * The post-function on the create transition, after "Creates the issue originally": opens the dispute the mask
     * function checked for the request just created. Without it (the mask function is missing, or was placed after
     * the request was created) nothing is filed: the fields Jira holds are masked and can no longer be checked.
     */
    public WorkflowCheck file(long issueId, Optional<CheckedDispute> checked, Texts texts) {
        if (checked.isEmpty()) {
            return WorkflowCheck.refused(texts.get(NOT_CHECKED));
        }
        return checked.get().dispute().map(dispute -> verdict(disputes.desk().open(issueId, dispute), texts))
                .orElse(checked.get().check());
    }

    /**
     * The condition: whether the transition configured with {@code step} may be offered now. {@link #FILE} only
     * while the request has no dispute; an action only when the dispute is open and its stage offers it.
     */
    public boolean offers(long issueId, String step) {
        Optional<DisputeRecord> found = disputes.records().find(issueId);
        if (FILE.equalsIgnoreCase(safe(step).strip())) {
            return found.isEmpty();
        }
        Optional<DisputeAction> action = DisputeAction.byName(step);
        return action.isPresent() && found.isPresent() && found.get().dispute() instanceof OpenDispute open
                && DisputeActions.available(open).contains(action.get());
    }

    /** The validator on a later transition: why the step may not be recorded today, nothing stored. */
    public WorkflowCheck checkStep(long issueId, String step, Texts texts) {
        return verdict(disputes.desk().checkAct(issueId, step, "", ""), texts);
    }

    /** The post-function on a later transition: records the step and computes the next time limit. */
    public WorkflowCheck step(long issueId, String step, Texts texts) {
        return verdict(disputes.desk().act(issueId, step, "", ""), texts);
    }

    private static WorkflowCheck verdict(Outcome<?> outcome, Texts texts) {
        if (outcome instanceof Outcome.Refused<?> refused) {
            List<WorkflowCheck.Message> messages = new ArrayList<>();
            for (Refusal refusal : refused.refusals()) {
                messages.add(new WorkflowCheck.Message(refusal.field(), RefusalText.of(refusal, texts)));
            }
            return new WorkflowCheck(messages);
        }
        return WorkflowCheck.passed();
    }

    private static String safe(String text) {
        return text == null ? "" : text;
    }
}
