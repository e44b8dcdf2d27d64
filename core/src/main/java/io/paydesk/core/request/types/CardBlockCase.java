package io.paydesk.core.request.types;

import io.paydesk.core.common.Outcome;
import java.time.Instant;
import java.util.Objects;

/**
 * A card block's lifecycle: Requested → Blocked → UnblockRequested → Unblocked. The case starts from a BLOCK
 * request; the unblock is a second, identity-verified UNBLOCK request for the same card.
 */
public sealed interface CardBlockCase {

    String TYPE = RequestTypeKeys.CARD_BLOCK;

    CardBlock block();

    Instant since();

    /** Opens the case; an UNBLOCK request cannot open one (there is nothing blocked to track yet). */
    static Outcome<Requested> request(CardBlock block, Instant at) {
        Objects.requireNonNull(at, "at");
        if (block.action() != CardBlock.Action.BLOCK) {
            return Moves.refuse(TYPE, "action", block.action().name());
        }
        return Outcome.accepted(new Requested(block, at));
    }

    record Requested(CardBlock block, Instant since) implements CardBlockCase {
        public Requested {
            if (block.action() != CardBlock.Action.BLOCK) {
                throw new IllegalArgumentException("a card block case starts from a BLOCK request");
            }
            Objects.requireNonNull(since, "since");
        }

        public Outcome<Blocked> blocked(Instant at) {
            return Moves.after(TYPE, since, at, () -> new Blocked(block, at));
        }
    }

    record Blocked(CardBlock block, Instant since) implements CardBlockCase {
        /** Refused unless {@code unblock} is an UNBLOCK request for the same card. */
        public Outcome<UnblockRequested> unblockRequested(CardBlock unblock, Instant at) {
            if (unblock.action() != CardBlock.Action.UNBLOCK || !unblock.card().equals(block.card())) {
                return Moves.refuse(TYPE, "unblockRequest", unblock.action() + " " + unblock.card(),
                        block.card().toString());
            }
            return Moves.after(TYPE, since, at, () -> new UnblockRequested(block, unblock, at));
        }
    }

    record UnblockRequested(CardBlock block, CardBlock unblock, Instant since) implements CardBlockCase {
        public Outcome<Unblocked> unblocked(Instant at) {
            return Moves.after(TYPE, since, at, () -> new Unblocked(block, unblock, at));
        }
    }

    record Unblocked(CardBlock block, CardBlock unblock, Instant since) implements CardBlockCase {
    }
}
