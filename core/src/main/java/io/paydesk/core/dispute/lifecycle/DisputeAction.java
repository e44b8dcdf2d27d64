package io.paydesk.core.dispute.lifecycle;

import java.util.Locale;
import java.util.Optional;

/**
 * What an agent records on a running dispute, by name, so a workflow transition or a button can carry it.
 * Which actions a state accepts is up to the state ({@link DisputeActions#available}); the name alone never
 * skips the state's own checks.
 */
public enum DisputeAction {
    /** The acquirer answered: Visa dispute response, Mastercard second presentment. */
    RESPONSE_RECEIVED(false),
    /** Pre-arbitration filed: by the issuer after a response, or by the acquirer in Visa allocation. */
    PRE_ARBITRATION(false),
    /** The answering side declined the pre-arbitration. */
    PRE_ARBITRATION_DECLINED(false),
    /** The case goes to the scheme for a ruling. */
    ARBITRATION(false),
    /** The acquirer accepted (or dropped its own pre-arbitration): the issuer wins what comes back. */
    ACQUIRER_ACCEPTED(true),
    /** The issuer accepts the acquirer's answer and stops. */
    ISSUER_ACCEPTED(false),
    /** Arbitration ruled for the issuer. */
    RULED_FOR_ISSUER(true),
    /** Arbitration ruled for the acquirer. */
    RULED_FOR_ACQUIRER(false),
    /** The cardholder or the issuer drops the claim. */
    WITHDRAW(false);

    private final boolean recovers;

    DisputeAction(boolean recovers) {
        this.recovers = recovers;
    }

    /** True when the action brings money back from the acquirer, so an amount recovered goes with it. */
    public boolean recovers() {
        return recovers;
    }

    /** The message key of the action's label: {@code paydesk.dispute.action.preArbitrationDeclined}. */
    public String nameKey() {
        String[] words = name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder key = new StringBuilder("paydesk.dispute.action.").append(words[0]);
        for (int i = 1; i < words.length; i++) {
            key.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return key.toString();
    }

    /** The action named {@code text} (its enum name, any case), if any. */
    public static Optional<DisputeAction> byName(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip().toUpperCase(Locale.ROOT);
        for (DisputeAction action : values()) {
            if (action.name().equals(wanted)) {
                return Optional.of(action);
            }
        }
        return Optional.empty();
    }
}
