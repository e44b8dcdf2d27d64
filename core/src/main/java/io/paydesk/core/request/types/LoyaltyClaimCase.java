package io.paydesk.core.request.types;

import io.paydesk.core.card.PanRedactor;
import io.paydesk.core.common.Outcome;
import java.time.Instant;
import java.util.Objects;

/**
 * A loyalty claim's lifecycle, one record per state: Submitted → PartnerValidation → Approved | Rejected →
 * Closed (the Siebel model: accrual disputes go to the partner for validation). Each state offers only its
 * legal moves; a step dated before the previous one is refused.
 */
public sealed interface LoyaltyClaimCase {

    String TYPE = RequestTypeKeys.LOYALTY_CLAIM;

    LoyaltyClaim claim();

    /** When the current state was entered. */
    Instant since();

    static Submitted submit(LoyaltyClaim claim, Instant at) {
        return new Submitted(claim, at);
    }

    record Submitted(LoyaltyClaim claim, Instant since) implements LoyaltyClaimCase {
        public Submitted {
            Objects.requireNonNull(claim, "claim");
            Objects.requireNonNull(since, "since");
        }

        public Outcome<PartnerValidation> sendToPartner(Instant at) {
            return Moves.after(TYPE, since, at, () -> new PartnerValidation(claim, at));
        }
    }

    record PartnerValidation(LoyaltyClaim claim, Instant since) implements LoyaltyClaimCase {
        /**
         * The partner confirms: {@code adjustment} points are credited (or restored), above zero and no more
         * than were claimed.
         */
        public Outcome<Approved> approve(Points adjustment, Instant at) {
            if (!adjustment.isPositive() || adjustment.compareTo(claim.points()) > 0) {
                return Moves.refuse(TYPE, "adjustment", adjustment.toString(), claim.points().toString());
            }
            return Moves.after(TYPE, since, at, () -> new Approved(claim, adjustment, at));
        }

        /** The partner declines; the reason is kept with card numbers masked. */
        public Outcome<Rejected> reject(String reason, Instant at) {
            if (reason == null || reason.isBlank()) {
                return Moves.refuse(TYPE, "rejectionReason", "");
            }
            return Moves.after(TYPE, since, at, () -> new Rejected(claim, PanRedactor.redact(reason.strip()), at));
        }
    }

    /** A decision was made; the claim may be closed. */
    sealed interface Decided extends LoyaltyClaimCase {
        default Outcome<Closed> close(Instant at) {
            return Moves.after(TYPE, since(), at, () -> new Closed(this, at));
        }
    }

    record Approved(LoyaltyClaim claim, Points adjustment, Instant since) implements Decided {
        public Approved {
            if (!adjustment.isPositive()) {
                throw new IllegalArgumentException("an approved adjustment is above zero: " + adjustment);
            }
        }
    }

    record Rejected(LoyaltyClaim claim, String reason, Instant since) implements Decided {
    }

    record Closed(Decided decision, Instant since) implements LoyaltyClaimCase {
        @Override
        public LoyaltyClaim claim() {
            return decision.claim();
        }
    }
}
