package io.paydesk.core.request.types;

import java.util.Objects;

/**
 * A KYC/AML review of one customer. Always restricted: only agents holding the risk/AML role may see the
 * request, its comments and attachments, or find it in search; the customer, partner-bank users and other
 * agents must not (tipping-off a customer about an AML review is forbidden), so it is never shown on the portal.
 */
public record KycReview(CustomerId subject, Trigger trigger, String description) implements RequestType {

    public enum Trigger { ONBOARDING, PERIODIC, TRANSACTION_MONITORING_ALERT, SANCTIONS_HIT, ADVERSE_MEDIA }

    /** The customer's id in the core banking system: 4 to 32 letters, digits or dashes. */
    public record CustomerId(String value) {
        public CustomerId {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String toString() {
            return value;
        }
    }

    public KycReview {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(description, "description");
    }

    /** A sanctions hit is urgent; other triggers are not. */
    @Override
    public Urgency urgency() {
        return trigger == Trigger.SANCTIONS_HIT ? Urgency.URGENT : Urgency.NORMAL;
    }

    /** Always true: only the risk/AML role may see a KYC review. */
    @Override
    public boolean restrictedVisibility() {
        return true;
    }
}
