package io.paydesk.core.dispute.lifecycle;

import io.paydesk.core.common.Outcome;
import io.paydesk.core.dispute.scheme.DisputeFlow;
import io.paydesk.core.dispute.scheme.DisputeStage;
import io.paydesk.core.money.Money;
import java.time.LocalDate;

/** The case is filed with Mastercard for arbitration; only the ruling is awaited. */
public record MastercardArbitration(DisputeTrack track) implements MastercardDispute {

    public MastercardArbitration {
        States.require(track, DisputeFlow.MASTERCARD, DisputeStage.ARBITRATION);
    }

    @Override
    public Party waitingFor() {
        return Party.SCHEME;
    }

    public Outcome<ClosedDispute> ruledForIssuer(LocalDate on, Money recovered, StageRules rules) {
        return track.closeRecovering(DisputeOutcome.WON, on, recovered, rules);
    }

    public Outcome<ClosedDispute> ruledForAcquirer(LocalDate on, StageRules rules) {
        return track.close(DisputeOutcome.LOST, on, rules);
    }

    /** Arbitration has no time limit for the parties: always refused. */
    @Override
    public Outcome<Dispute> deadlinePassed(StageRules rules) {
        return track.passedDeadline(rules).map(d -> this);
    }
}
