package io.paydesk.core.dispute.lifecycle;

import io.paydesk.core.common.Outcome;
import io.paydesk.core.dispute.scheme.DisputeFlow;
import io.paydesk.core.dispute.scheme.DisputeStage;
import io.paydesk.core.money.Money;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Pre-arbitration is filed: by the issuer after a dispute response (collaboration) or by the acquirer
 * against the dispute (allocation). The other side answers.
 */
public record VisaPreArbitration(DisputeTrack track) implements VisaDispute {

    public VisaPreArbitration {
        States.require(track, DisputeFlow.VISA, DisputeStage.PRE_ARBITRATION);
    }

    public Party filedBy() {
        return track.current().filedBy();
    }

    @Override
    public Party waitingFor() {
        return filedBy().counterparty();
    }

    /** The acquirer accepts the issuer's pre-arbitration, fully or partly. */
    public Outcome<ClosedDispute> acquirerAccepted(LocalDate on, Money recovered, StageRules rules) {
        if (filedBy() != Party.ISSUER) {
            return States.wrongParty(track, filedBy());
        }
        return track.closeRecovering(DisputeOutcome.WON, on, recovered, rules);
    }

    /** The issuer accepts the acquirer's pre-arbitration and gives the money up. */
    public Outcome<ClosedDispute> issuerAccepted(LocalDate on, StageRules rules) {
        if (filedBy() != Party.ACQUIRER) {
            return States.wrongParty(track, filedBy());
        }
        return track.close(DisputeOutcome.ACCEPTED, on, rules);
    }

    /** The answering side declines; whoever filed may now go to arbitration. */
    public Outcome<VisaPreArbitrationDeclined> declined(LocalDate on, StageRules rules) {
        return track.enter(DisputeStage.PRE_ARBITRATION_RESPONSE, filedBy().counterparty(), on, rules,
                Optional.of(DisputeStage.ARBITRATION)).map(VisaPreArbitrationDeclined::new);
    }

    /**
     * No answer by the time limit: the issuer's pre-arbitration counts as declined the day after (the issuer
     * may go to arbitration); an acquirer's pre-arbitration the issuer did not answer is lost: expired.
     */
    @Override
    public Outcome<Dispute> deadlinePassed(StageRules rules) {
        if (filedBy() == Party.ACQUIRER) {
            return track.closeAfterDeadline(DisputeOutcome.EXPIRED, rules).map(d -> d);
        }
        return DisputeTrack.flatMap(track.passedDeadline(rules), due -> track
                .deem(DisputeStage.PRE_ARBITRATION_RESPONSE, Party.ACQUIRER, due.plusDays(1), rules,
                        Optional.of(DisputeStage.ARBITRATION))
                .map(VisaPreArbitrationDeclined::new));
    }
}
