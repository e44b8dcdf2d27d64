package io.paydesk.core.dispute.lifecycle;

import io.paydesk.core.common.Outcome;
import io.paydesk.core.dispute.deadline.StageDeadline;
import java.time.LocalDate;
import java.util.Optional;

/** A dispute still running: someone has to act before a time limit, or the scheme has to rule. */
public sealed interface OpenDispute extends Dispute permits VisaDispute, MastercardDispute {

    /** The time limit that bites next; empty in arbitration, where only the scheme's ruling is awaited. */
    default Optional<StageDeadline> deadline() {
        return track().next();
    }

    /** Who must act before {@link #deadline()}. */
    Party waitingFor();

    /** The cardholder or the issuer drops the claim. */
    default Outcome<ClosedDispute> withdraw(LocalDate on, StageRules rules) {
        return track().close(DisputeOutcome.WITHDRAWN, on, rules);
    }

    /**
     * What the scheme's rules make of a time limit that passed with nobody acting, dated the day after the
     * limit: when the acquirer was due to act the issuer wins ("no response received"), when the issuer was
     * due the dispute expires; an unanswered pre-arbitration filed by the issuer counts as declined. Refused
     * while the limit has not passed, and in arbitration.
     */
    Outcome<Dispute> deadlinePassed(StageRules rules);
}
