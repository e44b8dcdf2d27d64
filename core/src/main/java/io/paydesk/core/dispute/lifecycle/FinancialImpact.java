package io.paydesk.core.dispute.lifecycle;

import io.paydesk.core.common.Outcome;
import io.paydesk.core.common.Refusal;
import io.paydesk.core.dispute.DisputeMessageKeys;
import io.paydesk.core.money.Money;
import java.util.Objects;

/**
 * What a dispute means in money for the issuer, all in the disputed amount's currency:
 * {@code provisionalCredit} given to the cardholder while the dispute runs, {@code recovered} from the
 * acquirer, and {@code writtenOff}, the loss the issuer absorbs. Recovered plus written off never exceeds
 * the disputed amount; nothing is negative.
 */
public record FinancialImpact(Money disputed, Money provisionalCredit, Money recovered, Money writtenOff) {

    public FinancialImpact {
        Objects.requireNonNull(disputed, "disputed");
        Objects.requireNonNull(provisionalCredit, "provisionalCredit");
        Objects.requireNonNull(recovered, "recovered");
        Objects.requireNonNull(writtenOff, "writtenOff");
        if (!disputed.isPositive()) {
            throw new IllegalArgumentException("a disputed amount is positive: " + disputed);
        }
        // compareTo and plus throw CurrencyMismatchException for a mixed currency: a programming error here.
        if (provisionalCredit.isNegative() || recovered.isNegative() || writtenOff.isNegative()
                || provisionalCredit.compareTo(disputed) > 0 || recovered.plus(writtenOff).compareTo(disputed) > 0) {
            throw new IllegalArgumentException("inconsistent financial impact: " + disputed + " / "
                    + provisionalCredit + " / " + recovered + " / " + writtenOff);
        }
    }

    /** A new dispute, with the provisional credit given to the cardholder (zero when none). */
    public static Outcome<FinancialImpact> open(Money disputed, Money provisionalCredit, String creditField) {
        Money zero = Money.ofMinor(disputed.currency(), 0);
        return check(creditField, disputed, provisionalCredit, disputed)
                .map(credit -> new FinancialImpact(disputed, credit, zero, zero));
    }

    /** The amount neither recovered nor written off yet. */
    public Money outstanding() {
        return disputed.minus(recovered).minus(writtenOff);
    }

    public Outcome<FinancialImpact> withRecovered(String field, Money amount) {
        return check(field, disputed, amount, outstanding())
                .map(a -> new FinancialImpact(disputed, provisionalCredit, recovered.plus(a), writtenOff));
    }

    public Outcome<FinancialImpact> withWriteOff(String field, Money amount) {
        return check(field, disputed, amount, outstanding())
                .map(a -> new FinancialImpact(disputed, provisionalCredit, recovered, writtenOff.plus(a)));
    }

    private static Outcome<Money> check(String field, Money disputed, Money amount, Money limit) {
        Objects.requireNonNull(amount, "amount");
        if (!amount.currency().equals(disputed.currency())) {
            return Outcome.refused(Refusal.of(field, amount.toString(), DisputeMessageKeys.MONEY_CURRENCY,
                    disputed.currency().getCurrencyCode()));
        }
        if (amount.isNegative()) {
            return Outcome.refused(Refusal.of(field, amount.toString(), DisputeMessageKeys.MONEY_NEGATIVE));
        }
        if (amount.compareTo(disputed) > 0) {
            return Outcome.refused(Refusal.of(field, amount.toString(), DisputeMessageKeys.MONEY_EXCEEDS_DISPUTED,
                    disputed.toString()));
        }
        if (amount.compareTo(limit) > 0) {
            return Outcome.refused(Refusal.of(field, amount.toString(), DisputeMessageKeys.MONEY_EXCEEDS_OUTSTANDING,
                    limit.toString()));
        }
        return Outcome.accepted(amount);
    }
}
