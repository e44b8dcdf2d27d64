package io.paydesk.core.request.types;

import io.paydesk.core.card.MaskedCardNumber;
import io.paydesk.core.common.Outcome;
import java.time.Clock;
import java.util.Optional;

/** Checks a typed card block / unblock ({@code paydesk.error.cardBlock.<field>}); the card number is kept masked. */
public final class CardBlockIntake {

    private CardBlockIntake() {
    }

    public static Outcome<CardBlock> check(String action, String cardNumber, String reason, String identityVerified,
            String description, Clock clock) {
        Fields f = new Fields(RequestTypeKeys.CARD_BLOCK, clock);
        Optional<CardBlock.Action> a = f.choice("action", action, CardBlock.Action.class);
        Optional<MaskedCardNumber> card = f.card("cardNumber", cardNumber);
        Optional<CardBlock.Reason> r = f.choice("reason", reason, CardBlock.Reason.class);
        Optional<Boolean> verified = f.flag("identityVerified", identityVerified);
        if (a.isPresent() && a.get() == CardBlock.Action.UNBLOCK && verified.isPresent() && !verified.get()) {
            f.refuse("identityVerified", identityVerified == null ? "" : identityVerified);
        }
        Optional<String> text = f.text("description", description, false, Fields.MAX_TEXT);
        return f.outcome(() -> new CardBlock(a.orElseThrow(), card.orElseThrow(), r.orElseThrow(),
                verified.orElseThrow(), text.orElseThrow()));
    }
}
