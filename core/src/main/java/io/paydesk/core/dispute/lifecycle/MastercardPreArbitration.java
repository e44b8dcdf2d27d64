package io.paydesk.core.dispute.lifecycle;

import io.paydesk.core.common.Outcome;
import io.paydesk.core.dispute.scheme.DisputeFlow;
import io.paydesk.core.dispute.scheme.DisputeStage;
import io.paydesk.core.money.Money;
import java.time.LocalDate;
import java.util.Optional;

/** The issuer filed a pre-arbitration case; the acquirer answers. */
public record MastercardPreArbitration(DisputeTrack track) implements MastercardDispute {

    public MastercardPreArbitration {
        States.require(track, DisputeFlow.MASTERCARD, DisputeStage.PRE_ARBITRATION);
    }

    @Override
    public Party waitingFor() {
        return Party.ACQUIRER;
    }

    public Outcome<ClosedDispute> acquirerAccepted(LocalDate on, Money recovered, StageRules rules) {
        return track.closeRecovering(DisputeOutcome.WON, on, recovered, rules);
    }

    public Outcome<MastercardPreArbitrationDeclined> declined(LocalDate on, StageRules rules) {
        return track.enter(DisputeStage.PRE_ARBITRATION_RESPONSE, Party.ACQUIRER, on, rules,
                Optional.of(DisputeStage.ARBITRATION)).map(MastercardPreArbitrationDeclined::new);
    }

    /** No answer by the time limit counts as declined the day after; the issuer may file arbitration. */
    @Override
    public Outcome<Dispute> deadlinePassed(StageRules rules) {
        return DisputeTrack.flatMap(track.passedDeadline(rules), due -> track
                .deem(DisputeStage.PRE_ARBITRATION_RESPONSE, Party.ACQUIRER, due.plusDays(1), rules,
                        Optional.of(DisputeStage.ARBITRATION))
                .map(MastercardPreArbitrationDeclined::new));
    }
}
