package io.paydesk.core.dispute.desk;

import io.paydesk.core.card.MaskedCardNumber;
import io.paydesk.core.dispute.lifecycle.OpenDispute;
import java.time.ZoneId;
import java.util.Objects;

/** A dispute checked and filed, not stored yet: what {@link DisputeDesk#open} stores for a request. */
public record NewDispute(ZoneId zone, MaskedCardNumber card, OpenDispute dispute) {

    public NewDispute {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(dispute, "dispute");
    }
}
