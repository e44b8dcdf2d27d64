package io.paydesk.core.dispute.lifecycle;

import io.paydesk.core.common.Outcome;
import io.paydesk.core.common.Refusal;
import io.paydesk.core.dispute.DisputeMessageKeys;
import io.paydesk.core.dispute.scheme.DisputeStage;
import io.paydesk.core.money.Money;
import java.time.LocalDate;

/** Use case: the issuer raises a dispute under whichever cycle its scheme runs; and rebuilding a stored one. */
public final class DisputeFiling {

    private DisputeFiling() {
    }

    /**
     * Opens a Visa dispute or a Mastercard chargeback. A scheme Paydesk has no rules for (a local scheme
     * with flow {@code none}) is refused with {@code scheme.noRules}.
     */
    public static Outcome<OpenDispute> file(DisputeCase facts, LocalDate on, Money provisionalCredit, StageRules rules) {
        return switch (facts.scheme().flow()) {
            case VISA -> VisaDisputeFiled.file(facts, on, provisionalCredit, rules).map(d -> d);
            case MASTERCARD -> MastercardChargeback.file(facts, on, provisionalCredit, rules).map(d -> d);
            case NONE -> Outcome.refused(Refusal.of("scheme", facts.scheme().id().value(),
                    DisputeMessageKeys.SCHEME_NO_RULES, facts.scheme().name()));
        };
    }

    /** The state type of a stored, still running track, from its scheme and its last stage. */
    public static OpenDispute rebuild(DisputeTrack track) {
        DisputeStage stage = track.current().stage();
        return switch (track.facts().scheme().flow()) {
            case VISA -> switch (stage) {
                case DISPUTE -> new VisaDisputeFiled(track);
                case DISPUTE_RESPONSE -> new VisaDisputeResponded(track);
                case PRE_ARBITRATION -> new VisaPreArbitration(track);
                case PRE_ARBITRATION_RESPONSE -> new VisaPreArbitrationDeclined(track);
                case ARBITRATION -> new VisaArbitration(track);
                default -> throw new IllegalArgumentException("not a Visa stage: " + stage);
            };
            case MASTERCARD -> switch (stage) {
                case CHARGEBACK -> new MastercardChargeback(track);
                case SECOND_PRESENTMENT -> new MastercardSecondPresentment(track);
                case PRE_ARBITRATION -> new MastercardPreArbitration(track);
                case PRE_ARBITRATION_RESPONSE -> new MastercardPreArbitrationDeclined(track);
                case ARBITRATION -> new MastercardArbitration(track);
                default -> throw new IllegalArgumentException("not a Mastercard stage: " + stage);
            };
            case NONE -> throw new IllegalArgumentException("no dispute cycle for " + track.facts().scheme().name());
        };
    }
}
