package io.paydesk.core.request.types;

import io.paydesk.core.card.PanRedactor;
import io.paydesk.core.common.Outcome;
import io.paydesk.core.money.Money;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A refund / withdrawal complaint's lifecycle: Opened → Traced → Resolved (credited or rejected). */
public sealed interface RefundCase {

    String TYPE = RequestTypeKeys.REFUND;

    RefundNotReceived request();

    Instant since();

    static Opened open(RefundNotReceived request, Instant at) {
        return new Opened(request, at);
    }

    record Opened(RefundNotReceived request, Instant since) implements RefundCase {
        public Opened {
            Objects.requireNonNull(request, "request");
            Objects.requireNonNull(since, "since");
        }

        /** The money was traced with the acquirer or the ATM network. */
        public Outcome<Traced> traced(Instant at) {
            return Moves.after(TYPE, since, at, () -> new Traced(request, at));
        }
    }

    record Traced(RefundNotReceived request, Instant since) implements RefundCase {
        /** The customer was credited: above zero, same currency, at most the amount complained about. */
        public Outcome<Resolved> credited(Money amount, Instant at) {
            Money claimed = request.amount();
            if (!amount.currency().equals(claimed.currency()) || !amount.isPositive()
                    || amount.compareTo(claimed) > 0) {
                return Moves.refuse(TYPE, "credited", amount.toString(), claimed.toString());
            }
            return Moves.after(TYPE, since, at,
                    () -> new Resolved(request, Resolution.CREDITED, Optional.of(amount), "", at));
        }

        /** Nothing is owed (the refund was paid, or the cash was dispensed); the reason is kept masked. */
        public Outcome<Resolved> rejected(String reason, Instant at) {
            if (reason == null || reason.isBlank()) {
                return Moves.refuse(TYPE, "rejectionReason", "");
            }
            return Moves.after(TYPE, since, at, () -> new Resolved(request, Resolution.REJECTED, Optional.empty(),
                    PanRedactor.redact(reason.strip()), at));
        }
    }

    enum Resolution { CREDITED, REJECTED }

    /** Final. {@code credited} is present exactly when the resolution is CREDITED. */
    record Resolved(RefundNotReceived request, Resolution resolution, Optional<Money> credited, String reason,
            Instant since) implements RefundCase {
        public Resolved {
            if (credited.isPresent() != (resolution == Resolution.CREDITED)) {
                throw new IllegalArgumentException("a credited amount goes with CREDITED only");
            }
        }
    }
}
