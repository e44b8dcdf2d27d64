package io.paydesk.core.dispute.lifecycle;

import io.paydesk.core.common.Outcome;
import io.paydesk.core.dispute.scheme.DisputeFlow;
import io.paydesk.core.dispute.scheme.DisputeStage;
import io.paydesk.core.money.Money;
import java.time.LocalDate;
import java.util.Optional;

/** The pre-arbitration was declined; whoever filed it may take the case to arbitration. */
public record VisaPreArbitrationDeclined(DisputeTrack track) implements VisaDispute {

    public VisaPreArbitrationDeclined {
        States.require(track, DisputeFlow.VISA, DisputeStage.PRE_ARBITRATION_RESPONSE);
    }

    /** Who filed the pre-arbitration, and so may file arbitration. */
    public Party preArbitrationFiledBy() {
        return track.stages().get(track.stages().size() - 2).filedBy();
    }

    @Override
    public Party waitingFor() {
        return preArbitrationFiledBy();
    }

    public Outcome<VisaArbitration> arbitration(LocalDate on, StageRules rules) {
        return track.enter(DisputeStage.ARBITRATION, preArbitrationFiledBy(), on, rules, Optional.empty())
                .map(VisaArbitration::new);
    }

    /** The issuer's pre-arbitration was declined and the issuer lets it go. */
    public Outcome<ClosedDispute> issuerAcceptsDecline(LocalDate on, StageRules rules) {
        if (preArbitrationFiledBy() != Party.ISSUER) {
            return States.wrongParty(track, preArbitrationFiledBy());
        }
        return track.close(DisputeOutcome.ACCEPTED, on, rules);
    }

    /** The acquirer's pre-arbitration was declined by the issuer and the acquirer lets it go. */
    public Outcome<ClosedDispute> acquirerDropped(LocalDate on, Money recovered, StageRules rules) {
        if (preArbitrationFiledBy() != Party.ACQUIRER) {
            return States.wrongParty(track, preArbitrationFiledBy());
        }
        return track.closeRecovering(DisputeOutcome.WON, on, recovered, rules);
    }

    /** Nobody filed arbitration in time: expired for the issuer's case, won when it was the acquirer's. */
    @Override
    public Outcome<Dispute> deadlinePassed(StageRules rules) {
        DisputeOutcome outcome = preArbitrationFiledBy() == Party.ISSUER ? DisputeOutcome.EXPIRED : DisputeOutcome.WON;
        return track.closeAfterDeadline(outcome, rules).map(d -> d);
    }
}
