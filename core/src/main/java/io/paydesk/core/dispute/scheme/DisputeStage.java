package io.paydesk.core.dispute.scheme;

import java.util.Locale;

/**
 * A step of a scheme's dispute cycle. Visa (Visa Claims Resolution): dispute → dispute response →
 * pre-arbitration → pre-arbitration response → arbitration. Mastercard: chargeback → second presentment →
 * pre-arbitration → pre-arbitration response → arbitration. The pre-arbitration response is kept as a
 * step of its own because time limits count from it (Mastercard arbitration: 45 days from the
 * pre-arbitration response, reference [88]).
 */
public enum DisputeStage {
    DISPUTE,
    DISPUTE_RESPONSE,
    CHARGEBACK,
    SECOND_PRESENTMENT,
    PRE_ARBITRATION,
    PRE_ARBITRATION_RESPONSE,
    ARBITRATION;

    /** The stage that opens a dispute (Visa dispute, Mastercard chargeback): no stage comes before it. */
    public boolean isOpening() {
        return this == DISPUTE || this == CHARGEBACK;
    }

    /** The message key of the stage's name: {@code paydesk.dispute.stage.preArbitrationResponse}. */
    public String nameKey() {
        String[] words = name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder key = new StringBuilder("paydesk.dispute.stage.").append(words[0]);
        for (int i = 1; i < words.length; i++) {
            key.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return key.toString();
    }
}
