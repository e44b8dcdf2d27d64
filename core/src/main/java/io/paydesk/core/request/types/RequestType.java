package io.paydesk.core.request.types;

/**
 * The request types Paydesk adds next to card disputes. Each is a record of checked domain values, built by
 * its intake ({@code …Intake.check}); free text in them has already passed through the card-number redactor.
 */
public sealed interface RequestType permits LoyaltyClaim, RefundNotReceived, FailedTopUp, CardBlock, KycReview,
        ApiIncident {

    /** How fast the request must be picked up. */
    enum Urgency { NORMAL, URGENT }

    Urgency urgency();

    /**
     * True when only agents holding the risk/AML role may see the request (and its comments, attachments and
     * search hits); the customer, partner users and other agents must not. Only KYC/AML reviews are restricted.
     */
    default boolean restrictedVisibility() {
        return false;
    }

    /** The customer's own words or the agent's note, with any card number masked. */
    String description();
}
