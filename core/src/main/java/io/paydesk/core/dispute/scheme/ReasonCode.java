package io.paydesk.core.dispute.scheme;

import java.util.Objects;

/**
 * A current reason code of a scheme, e.g. Visa {@code 13.1} or Mastercard {@code 4853}.
 *
 * @param preArbitrationRequired whether the issuer must go through pre-arbitration before arbitration.
 *     Mastercard exempts ATM disputes, authorization-related chargebacks (4808) and the chip liability shift
 *     codes (4870, 4871) (reference [90]); the ATM exemption is decided from the transaction, not here.
 */
public record ReasonCode(SchemeId scheme, String code, ReasonCategory category, boolean preArbitrationRequired) {

    public ReasonCode {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(category, "category");
        if (!category.scheme().equals(scheme)) {
            throw new IllegalArgumentException(code + " of " + scheme + " in a category of " + category.scheme());
        }
    }

    /** {@code paydesk.dispute.reason.visa.13.1}, {@code paydesk.dispute.reason.mastercard.4853}. */
    public String descriptionKey() {
        return "paydesk.dispute.reason." + scheme.value() + "." + code;
    }

    public Workflow workflow() {
        return category.workflow();
    }

    @Override
    public String toString() {
        return scheme + " " + code;
    }
}
