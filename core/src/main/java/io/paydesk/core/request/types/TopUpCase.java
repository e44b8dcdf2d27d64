package io.paydesk.core.request.types;

import io.paydesk.core.card.PanRedactor;
import io.paydesk.core.common.Outcome;
import io.paydesk.core.money.Money;
import java.time.Instant;
import java.util.Objects;

/**
 * A failed top-up's lifecycle: Opened → Investigated → Credited (the money reaches the wallet or card) or
 * Reversed (the money goes back to the source).
 */
public sealed interface TopUpCase {

    String TYPE = RequestTypeKeys.TOP_UP;

    FailedTopUp request();

    Instant since();

    static Opened open(FailedTopUp request, Instant at) {
        return new Opened(request, at);
    }

    record Opened(FailedTopUp request, Instant since) implements TopUpCase {
        public Opened {
            Objects.requireNonNull(request, "request");
            Objects.requireNonNull(since, "since");
        }

        /** What the investigation found, kept with card numbers masked. */
        public Outcome<Investigated> investigated(String findings, Instant at) {
            if (findings == null || findings.isBlank()) {
                return Moves.refuse(TYPE, "findings", "");
            }
            return Moves.after(TYPE, since, at, () -> new Investigated(request, PanRedactor.redact(findings.strip()), at));
        }
    }

    record Investigated(FailedTopUp request, String findings, Instant since) implements TopUpCase {
        /** The top-up is credited: the same currency, above zero and at most the amount topped up. */
        public Outcome<Credited> credited(Money amount, Instant at) {
            Money topUp = request.amount();
            if (!amount.currency().equals(topUp.currency()) || !amount.isPositive()
                    || amount.compareTo(topUp) > 0) {
                return Moves.refuse(TYPE, "credited", amount.toString(), topUp.toString());
            }
            return Moves.after(TYPE, since, at, () -> new Credited(request, amount, at));
        }

        public Outcome<Reversed> reversed(Instant at) {
            return Moves.after(TYPE, since, at, () -> new Reversed(request, at));
        }
    }

    record Credited(FailedTopUp request, Money amount, Instant since) implements TopUpCase {
    }

    record Reversed(FailedTopUp request, Instant since) implements TopUpCase {
    }
}
