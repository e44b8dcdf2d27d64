package io.paydesk.core.dispute.lifecycle;

import io.paydesk.core.common.Outcome;
import io.paydesk.core.dispute.scheme.DisputeFlow;
import io.paydesk.core.dispute.scheme.DisputeStage;
import io.paydesk.core.dispute.scheme.Workflow;
import io.paydesk.core.money.Money;
import java.time.LocalDate;
import java.util.Optional;

/** The issuer has raised a Visa dispute; the acquirer answers (collaboration) or may file pre-arbitration (allocation). */
public record VisaDisputeFiled(DisputeTrack track) implements VisaDispute {

    public VisaDisputeFiled {
        States.require(track, DisputeFlow.VISA, DisputeStage.DISPUTE);
    }

    /**
     * Raises the dispute on {@code on}: refused for a non-Visa scheme, before the transaction date, in the
     * future, or after the time limit to raise it (120 or 75 days by default). {@code provisionalCredit} is
     * what the cardholder gets back meanwhile (zero for none).
     */
    public static Outcome<VisaDisputeFiled> file(DisputeCase facts, LocalDate on, Money provisionalCredit, StageRules rules) {
        if (facts.scheme().flow() != DisputeFlow.VISA) {
            return States.wrongFlow(facts, DisputeFlow.VISA);
        }
        DisputeStage following = facts.reason().workflow() == Workflow.ALLOCATION
                ? DisputeStage.PRE_ARBITRATION : DisputeStage.DISPUTE_RESPONSE;
        return DisputeTrack.open(facts, on, provisionalCredit, rules, following).map(VisaDisputeFiled::new);
    }

    @Override
    public Party waitingFor() {
        return Party.ACQUIRER;
    }

    /** Collaboration: the acquirer sends its dispute response (representment). */
    public Outcome<VisaDisputeResponded> responded(LocalDate on, StageRules rules) {
        if (facts().reason().workflow() != Workflow.COLLABORATION) {
            return States.wrongWorkflow(track, Workflow.COLLABORATION);
        }
        return track.enter(DisputeStage.DISPUTE_RESPONSE, Party.ACQUIRER, on, rules,
                Optional.of(DisputeStage.PRE_ARBITRATION)).map(VisaDisputeResponded::new);
    }

    /** Allocation: the acquirer contests the dispute by filing pre-arbitration; the issuer must answer. */
    public Outcome<VisaPreArbitration> acquirerFiledPreArbitration(LocalDate on, StageRules rules) {
        if (facts().reason().workflow() != Workflow.ALLOCATION) {
            return States.wrongWorkflow(track, Workflow.ALLOCATION);
        }
        return track.enter(DisputeStage.PRE_ARBITRATION, Party.ACQUIRER, on, rules,
                Optional.of(DisputeStage.PRE_ARBITRATION_RESPONSE)).map(VisaPreArbitration::new);
    }

    /** The acquirer accepts the dispute: the issuer wins and records what came back. */
    public Outcome<ClosedDispute> acquirerAccepted(LocalDate on, Money recovered, StageRules rules) {
        return track.closeRecovering(DisputeOutcome.WON, on, recovered, rules);
    }

    /** No answer from the acquirer by the time limit: the issuer wins. */
    @Override
    public Outcome<Dispute> deadlinePassed(StageRules rules) {
        return track.closeAfterDeadline(DisputeOutcome.WON, rules).map(d -> d);
    }
}
