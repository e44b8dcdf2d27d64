package io.paydesk.core.dispute.scheme;

import java.util.Objects;

/**
 * A card scheme as data: Visa and Mastercard, and local schemes such as UzCard, Humo or UnionPay. The name
 * is the brand, the same in every language.
 */
public record CardScheme(SchemeId id, String name, DisputeFlow flow) {

    public CardScheme {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(flow, "flow");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("scheme " + id + " needs a name");
        }
    }

    /** True when Paydesk knows this scheme's dispute cycle. */
    public boolean hasDisputeRules() {
        return flow != DisputeFlow.NONE;
    }
}
