package io.paydesk.core.dispute.lifecycle;

import io.paydesk.core.common.Outcome;
import io.paydesk.core.common.Refusal;
import io.paydesk.core.dispute.DisputeMessageKeys;
import io.paydesk.core.dispute.scheme.DisputeFlow;
import io.paydesk.core.dispute.scheme.DisputeStage;
import java.time.LocalDate;
import java.util.Optional;

/** The acquirer sent a second presentment; the issuer may escalate. */
public record MastercardSecondPresentment(DisputeTrack track) implements MastercardDispute {

    public MastercardSecondPresentment {
        States.require(track, DisputeFlow.MASTERCARD, DisputeStage.SECOND_PRESENTMENT);
    }

    /** Pre-arbitration comes first unless the transaction was at an ATM or the code is exempt (4808, 4870, 4871) [90]. */
    static boolean preArbitrationRequired(DisputeCase facts) {
        return facts.reason().preArbitrationRequired() && !facts.transaction().atm();
    }

    public boolean preArbitrationRequired() {
        return preArbitrationRequired(facts());
    }

    @Override
    public Party waitingFor() {
        return Party.ISSUER;
    }

    public Outcome<MastercardPreArbitration> preArbitration(LocalDate on, StageRules rules) {
        return track.enter(DisputeStage.PRE_ARBITRATION, Party.ISSUER, on, rules,
                Optional.of(DisputeStage.PRE_ARBITRATION_RESPONSE)).map(MastercardPreArbitration::new);
    }

    /** Straight to arbitration: only where pre-arbitration is not mandatory. */
    public Outcome<MastercardArbitration> arbitration(LocalDate on, StageRules rules) {
        if (preArbitrationRequired()) {
            return Outcome.refused(Refusal.of("stage", DisputeStage.ARBITRATION.name(),
                    DisputeMessageKeys.TRANSITION_PRE_ARBITRATION_REQUIRED, facts().reason().code()));
        }
        return track.enter(DisputeStage.ARBITRATION, Party.ISSUER, on, rules, Optional.empty())
                .map(MastercardArbitration::new);
    }

    public Outcome<ClosedDispute> acceptSecondPresentment(LocalDate on, StageRules rules) {
        return track.close(DisputeOutcome.ACCEPTED, on, rules);
    }

    /** The issuer did not escalate in time. */
    @Override
    public Outcome<Dispute> deadlinePassed(StageRules rules) {
        return track.closeAfterDeadline(DisputeOutcome.EXPIRED, rules).map(d -> d);
    }
}
