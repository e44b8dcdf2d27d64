package io.paydesk.core.dispute.lifecycle;

import io.paydesk.core.common.Outcome;
import io.paydesk.core.dispute.scheme.DisputeFlow;
import io.paydesk.core.dispute.scheme.DisputeStage;
import java.time.LocalDate;
import java.util.Optional;

/** The acquirer answered a collaboration dispute; the issuer reviews it and may file pre-arbitration. */
public record VisaDisputeResponded(DisputeTrack track) implements VisaDispute {

    public VisaDisputeResponded {
        States.require(track, DisputeFlow.VISA, DisputeStage.DISPUTE_RESPONSE);
    }

    @Override
    public Party waitingFor() {
        return Party.ISSUER;
    }

    public Outcome<VisaPreArbitration> preArbitration(LocalDate on, StageRules rules) {
        return track.enter(DisputeStage.PRE_ARBITRATION, Party.ISSUER, on, rules,
                Optional.of(DisputeStage.PRE_ARBITRATION_RESPONSE)).map(VisaPreArbitration::new);
    }

    /** The issuer accepts the acquirer's response and stops. */
    public Outcome<ClosedDispute> acceptResponse(LocalDate on, StageRules rules) {
        return track.close(DisputeOutcome.ACCEPTED, on, rules);
    }

    /** The issuer did not escalate in time. */
    @Override
    public Outcome<Dispute> deadlinePassed(StageRules rules) {
        return track.closeAfterDeadline(DisputeOutcome.EXPIRED, rules).map(d -> d);
    }
}
