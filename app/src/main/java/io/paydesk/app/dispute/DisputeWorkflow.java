package io.paydesk.app.dispute;

import io.paydesk.app.platform.RefusalText;
import io.paydesk.app.platform.Texts;
import io.paydesk.core.common.Outcome;
import io.paydesk.core.common.Refusal;
import io.paydesk.core.dispute.TypedDispute;
import io.paydesk.core.dispute.deadline.Geography;
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
 * transition (the partner's fields are checked, then the dispute is filed), or the name of a
 * {@link DisputeAction} on a later transition (offered only in the scheme's order, checked, then recorded dated
 * today in the partner bank's zone, with its next time limit computed). Every answer is in the viewer's language.
 */
@Named
public class DisputeWorkflow {

    /** The step of the create transition: the partner's request files the dispute. */
    public static final String FILE = "FILE";

    static final String FILE_LABEL = "paydesk.workflow.step.file";
    static final String NO_PARTNER = "paydesk.workflow.dispute.noPartner";

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
        if (partner.isEmpty()) {
            return WorkflowCheck.refused(texts.get(NO_PARTNER));
        }
        PartnerBank bank = partner.get();
        return verdict(disputes.desk().check(typed, typedCard, Geography.issuerIn(bank.country()), bank.zone()), texts);
    }

    /** The post-function on the create transition: files the dispute of the request just created. */
    public WorkflowCheck file(long issueId, TypedDispute typed, String typedCard, Optional<PartnerBank> partner,
            Texts texts) {
        if (partner.isEmpty()) {
            return WorkflowCheck.refused(texts.get(NO_PARTNER));
        }
        PartnerBank bank = partner.get();
        return verdict(disputes.desk().raise(issueId, typed, typedCard, Geography.issuerIn(bank.country()), bank.zone()),
                texts);
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
