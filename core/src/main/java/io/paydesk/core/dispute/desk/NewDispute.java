package io.paydesk.core.dispute.desk;

import io.paydesk.core.card.MaskedCardNumber;
import io.paydesk.core.dispute.lifecycle.OpenDispute;
import io.paydesk.core.partner.PartnerId;
import java.time.ZoneId;
import java.util.Objects;

/** A dispute checked and filed, not stored yet: what {@link DisputeDesk#open} stores for a request. */
public record NewDispute(PartnerId partner, ZoneId zone, MaskedCardNumber card, OpenDispute dispute) {

    public NewDispute {
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(dispute, "dispute");
    }
}
