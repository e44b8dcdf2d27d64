package io.paydesk.core.dispute.lifecycle;

import io.paydesk.core.dispute.scheme.DisputeStage;

/**
 * A dispute in one of its states. Each state is its own type and offers only the moves the scheme allows
 * from it, so an out-of-order move does not compile; a move the types cannot rule out (a late date, a
 * workflow the reason code does not use) is refused with a reason.
 */
public sealed interface Dispute permits OpenDispute, ClosedDispute {

    DisputeTrack track();

    default DisputeCase facts() {
        return track().facts();
    }

    /** The last stage entered. */
    default DisputeStage stage() {
        return track().current().stage();
    }

    default FinancialImpact money() {
        return track().money();
    }
}
