package io.paydesk.core.dispute.scheme;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The dispute cycle a scheme runs. Visa and Mastercard have their own (reference §4.1, §4.2); a local
 * scheme has {@link #NONE} until an administrator gives it reason codes and deadline rules.
 */
public enum DisputeFlow {
    VISA(List.of(DisputeStage.DISPUTE, DisputeStage.DISPUTE_RESPONSE, DisputeStage.PRE_ARBITRATION,
            DisputeStage.PRE_ARBITRATION_RESPONSE, DisputeStage.ARBITRATION)),
    MASTERCARD(List.of(DisputeStage.CHARGEBACK, DisputeStage.SECOND_PRESENTMENT, DisputeStage.PRE_ARBITRATION,
            DisputeStage.PRE_ARBITRATION_RESPONSE, DisputeStage.ARBITRATION)),
    NONE(List.of());

    private final List<DisputeStage> stages;

    DisputeFlow(List<DisputeStage> stages) {
        this.stages = stages;
    }

    /** The stages in scheme order; the first one is how the issuer opens the dispute. */
    public List<DisputeStage> stages() {
        return stages;
    }

    public boolean has(DisputeStage stage) {
        return stages.contains(stage);
    }

    /** The stage that opens a dispute: Visa's dispute or Mastercard's first chargeback. */
    public Optional<DisputeStage> openingStage() {
        return stages.stream().findFirst();
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<DisputeFlow> byId(String id) {
        for (DisputeFlow flow : values()) {
            if (flow.id().equals(id)) {
                return Optional.of(flow);
            }
        }
        return Optional.empty();
    }
}
