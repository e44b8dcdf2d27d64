package io.paydesk.core.dispute.scheme;

import java.util.Objects;

/**
 * A scheme's group of reason codes: Visa's four dispute categories (10 fraud, 11 authorization, 12
 * processing errors, 13 consumer disputes) or Mastercard's four chargeback groups.
 */
public record ReasonCategory(SchemeId scheme, String id, Workflow workflow) {

    public ReasonCategory {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(workflow, "workflow");
    }

    /** {@code paydesk.dispute.category.visa.10}, {@code paydesk.dispute.category.mastercard.fraud}. */
    public String nameKey() {
        return "paydesk.dispute.category." + scheme.value() + "." + id;
    }
}
