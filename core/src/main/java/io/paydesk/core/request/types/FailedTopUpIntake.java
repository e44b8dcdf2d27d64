package io.paydesk.core.request.types;

import io.paydesk.core.common.Outcome;
import io.paydesk.core.money.Money;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/** Checks a typed failed top-up ({@code paydesk.error.failedTopUp.<field>}). */
public final class FailedTopUpIntake {

    public static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9._/-]{4,64}");

    private FailedTopUpIntake() {
    }

    public static Outcome<FailedTopUp> check(String amount, String currency, String channel, String reference,
            String occurredAt, String description, Clock clock) {
        Fields f = new Fields(RequestTypeKeys.TOP_UP, clock);
        Optional<Money> money = f.positiveMoney("amount", amount, "currency", currency);
        Optional<FailedTopUp.Channel> c = f.choice("channel", channel, FailedTopUp.Channel.class);
        Optional<String> ref = f.code("reference", reference, REFERENCE);
        Optional<Instant> at = f.pastInstant("occurredAt", occurredAt);
        Optional<String> text = f.text("description", description, false, Fields.MAX_TEXT);
        return f.outcome(() -> new FailedTopUp(money.orElseThrow(), c.orElseThrow(),
                new FailedTopUp.TopUpReference(ref.orElseThrow()), at.orElseThrow(), text.orElseThrow()));
    }
}
