package io.paydesk.core.request.types;

import io.paydesk.core.card.MaskedCardNumber;
import java.util.Objects;

/**
 * A request to block a card, or to unblock one blocked earlier. A block is always urgent. An unblock needs
 * the customer's identity verified first ({@code identityVerified}); for a block the flag is informative.
 * {@code reason} is why the card is (or was) blocked.
 */
public record CardBlock(Action action, MaskedCardNumber card, Reason reason, boolean identityVerified,
        String description) implements RequestType {

    public enum Action { BLOCK, UNBLOCK }

    public enum Reason { LOST, STOLEN, COMPROMISED, SUSPECTED_FRAUD, CUSTOMER_REQUEST }

    public CardBlock {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(description, "description");
        if (action == Action.UNBLOCK && !identityVerified) {
            throw new IllegalArgumentException("an unblock needs the customer's identity verified");
        }
    }

    /** Always URGENT for a block; an unblock is NORMAL. */
    @Override
    public Urgency urgency() {
        return action == Action.BLOCK ? Urgency.URGENT : Urgency.NORMAL;
    }
}
