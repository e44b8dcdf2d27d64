package io.paydesk.core.dispute.lifecycle;

import io.paydesk.core.common.Outcome;
import io.paydesk.core.dispute.scheme.DisputeFlow;
import io.paydesk.core.dispute.scheme.DisputeStage;
import io.paydesk.core.money.Money;
import java.time.LocalDate;
import java.util.Optional;

/** The issuer has sent the first chargeback; the acquirer may answer with a second presentment. */
public record MastercardChargeback(DisputeTrack track) implements MastercardDispute {

    public MastercardChargeback {
        States.require(track, DisputeFlow.MASTERCARD, DisputeStage.CHARGEBACK);
    }

    /** Sends the chargeback on {@code on}; refused like {@link VisaDisputeFiled#file}. */
    public static Outcome<MastercardChargeback> file(DisputeCase facts, LocalDate on, Money provisionalCredit,
            StageRules rules) {
        if (facts.scheme().flow() != DisputeFlow.MASTERCARD) {
            return States.wrongFlow(facts, DisputeFlow.MASTERCARD);
        }
        return DisputeTrack.open(facts, on, provisionalCredit, rules, DisputeStage.SECOND_PRESENTMENT)
                .map(MastercardChargeback::new);
    }

    @Override
    public Party waitingFor() {
        return Party.ACQUIRER;
    }

    /** The acquirer contests the chargeback. */
    public Outcome<MastercardSecondPresentment> secondPresentment(LocalDate on, StageRules rules) {
        DisputeStage following = MastercardSecondPresentment.preArbitrationRequired(facts())
                ? DisputeStage.PRE_ARBITRATION : DisputeStage.ARBITRATION;
        return track.enter(DisputeStage.SECOND_PRESENTMENT, Party.ACQUIRER, on, rules, Optional.of(following))
                .map(MastercardSecondPresentment::new);
    }

    public Outcome<ClosedDispute> acquirerAccepted(LocalDate on, Money recovered, StageRules rules) {
        return track.closeRecovering(DisputeOutcome.WON, on, recovered, rules);
    }

    /** No second presentment by the time limit: the chargeback stands. */
    @Override
    public Outcome<Dispute> deadlinePassed(StageRules rules) {
        return track.closeAfterDeadline(DisputeOutcome.WON, rules).map(d -> d);
    }
}
