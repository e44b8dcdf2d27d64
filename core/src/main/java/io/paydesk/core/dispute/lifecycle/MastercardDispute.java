package io.paydesk.core.dispute.lifecycle;

/**
 * A running Mastercard dispute (reference §4.2): chargeback → second presentment → pre-arbitration →
 * pre-arbitration response → arbitration. Pre-arbitration is mandatory before arbitration except for ATM
 * disputes, 4808 and the chip liability shift codes 4870 and 4871 [90].
 */
public sealed interface MastercardDispute extends OpenDispute
        permits MastercardChargeback, MastercardSecondPresentment, MastercardPreArbitration,
        MastercardPreArbitrationDeclined, MastercardArbitration {
}
