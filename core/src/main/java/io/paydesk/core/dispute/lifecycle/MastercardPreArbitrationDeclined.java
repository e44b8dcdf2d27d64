package io.paydesk.core.dispute.lifecycle;

import io.paydesk.core.common.Outcome;
import io.paydesk.core.dispute.scheme.DisputeFlow;
import io.paydesk.core.dispute.scheme.DisputeStage;
import java.time.LocalDate;
import java.util.Optional;

/** The acquirer declined the pre-arbitration (or did not answer); the issuer may file arbitration. */
public record MastercardPreArbitrationDeclined(DisputeTrack track) implements MastercardDispute {

    public MastercardPreArbitrationDeclined {
        States.require(track, DisputeFlow.MASTERCARD, DisputeStage.PRE_ARBITRATION_RESPONSE);
    }

    @Override
    public Party waitingFor() {
        return Party.ISSUER;
    }

    public Outcome<MastercardArbitration> arbitration(LocalDate on, StageRules rules) {
        return track.enter(DisputeStage.ARBITRATION, Party.ISSUER, on, rules, Optional.empty())
                .map(MastercardArbitration::new);
    }

    public Outcome<ClosedDispute> acceptDecline(LocalDate on, StageRules rules) {
        return track.close(DisputeOutcome.ACCEPTED, on, rules);
    }

    @Override
    public Outcome<Dispute> deadlinePassed(StageRules rules) {
        return track.closeAfterDeadline(DisputeOutcome.EXPIRED, rules).map(d -> d);
    }
}
