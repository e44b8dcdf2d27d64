package io.paydesk.core.dispute.lifecycle;

/**
 * A running Visa dispute (Visa Claims Resolution, reference §4.1): dispute → dispute response →
 * pre-arbitration → pre-arbitration response → arbitration. Fraud and authorization codes use the
 * allocation workflow (no dispute response; the acquirer may file pre-arbitration), processing errors and
 * consumer disputes use collaboration (the issuer may file pre-arbitration after the dispute response).
 */
public sealed interface VisaDispute extends OpenDispute
        permits VisaDisputeFiled, VisaDisputeResponded, VisaPreArbitration, VisaPreArbitrationDeclined, VisaArbitration {
}
