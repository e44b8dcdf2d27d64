package io.paydesk.core.dispute.store;

import io.paydesk.core.card.MaskedCardNumber;
import io.paydesk.core.dispute.deadline.StageDeadline;
import io.paydesk.core.dispute.evidence.EvidenceItem;
import io.paydesk.core.dispute.lifecycle.Dispute;
import io.paydesk.core.dispute.lifecycle.OpenDispute;
import io.paydesk.core.partner.PartnerId;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The dispute behind one request: the issue it belongs to, the partner bank that raised it (whose calendar
 * counts its business days; empty for a dispute stored before partners were recorded, which counts Monday to
 * Friday), the partner bank's time zone (its "today" is the date time limits are judged by), the card masked
 * as first six and last four, the dispute itself, and the evidence the issuer already holds.
 */
public record DisputeRecord(long issueId, Optional<PartnerId> partner, ZoneId zone, Optional<MaskedCardNumber> card,
        Dispute dispute, Set<EvidenceItem> evidence) {

    public DisputeRecord {
        evidence = Set.copyOf(evidence);
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(dispute, "dispute");
        if (issueId <= 0) {
            throw new IllegalArgumentException("an issue id is positive: " + issueId);
        }
    }

    /** The last day of the time limit that bites next; empty once closed or while a ruling is awaited. */
    public Optional<LocalDate> nextDue() {
        return dispute instanceof OpenDispute open ? open.deadline().map(StageDeadline::dueOn) : Optional.empty();
    }

    public DisputeRecord with(Dispute next) {
        return new DisputeRecord(issueId, partner, zone, card, next, evidence);
    }

    public DisputeRecord withEvidence(Set<EvidenceItem> held) {
        return new DisputeRecord(issueId, partner, zone, card, dispute, held);
    }
}
