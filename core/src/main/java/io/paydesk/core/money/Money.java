package io.paydesk.core.money;

import io.paydesk.core.common.Outcome;
import io.paydesk.core.common.Refusal;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money whose scale is exactly its currency's minor-unit scale (2 for EUR and UZS,
 * 0 for JPY, 3 for KWD). Immutable; never a double.
 */
public final class Money implements Comparable<Money> {

    private final BigDecimal amount;
    private final Currency currency;

    private Money(BigDecimal amount, Currency currency) {
        this.amount = amount;
        this.currency = currency;
    }

    /** An amount that must already fit the currency's scale; a finer amount is a programming error. */
    public static Money of(Currency currency, BigDecimal amount) {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(amount, "amount");
        int scale = scaleOf(currency);
        if (amount.stripTrailingZeros().scale() > scale) {
            throw new ArithmeticException(amount.toPlainString() + " has more decimals than "
                    + currency.getCurrencyCode() + " allows (" + scale + ")");
        }
        return new Money(amount.setScale(scale, RoundingMode.UNNECESSARY), currency);
    }

    public static Money of(String currencyCode, String amount) {
        return of(Currency.getInstance(currencyCode), new BigDecimal(amount));
    }

    public static Money ofMinor(Currency currency, long minorUnits) {
        return new Money(BigDecimal.valueOf(minorUnits, scaleOf(currency)), currency);
    }

    /** A lossy conversion must say how to round. */
    public static Money rounded(Currency currency, BigDecimal amount, RoundingMode rounding) {
        return new Money(amount.setScale(scaleOf(currency), rounding), currency);
    }

    /**
     * Checks user input: the currency code must be an ISO 4217 code and the amount a plain decimal
     * with no more decimals than the currency has.
     */
    public static Outcome<Money> parse(String amountField, String amountText, String currencyField, String currencyCode) {
        Currency currency;
        try {
            currency = Currency.getInstance(currencyCode == null ? "" : currencyCode.trim());
        } catch (IllegalArgumentException e) {
            return Outcome.refused(Refusal.of(currencyField, currencyCode, "paydesk.error.currency.unknown"));
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(amountText == null ? "" : amountText.trim());
        } catch (NumberFormatException e) {
            return Outcome.refused(Refusal.of(amountField, amountText, "paydesk.error.amount.notNumber"));
        }
        int scale = scaleOf(currency);
        if (amount.stripTrailingZeros().scale() > scale) {
            return Outcome.refused(Refusal.of(amountField, amountText, "paydesk.error.amount.scale",
                    currency.getCurrencyCode(), Integer.toString(scale)));
        }
        return Outcome.accepted(of(currency, amount));
    }

    private static int scaleOf(Currency currency) {
        int digits = currency.getDefaultFractionDigits();
        if (digits < 0) {
            throw new IllegalArgumentException(currency.getCurrencyCode() + " is not a money currency");
        }
        return digits;
    }

    public BigDecimal amount() {
        return amount;
    }

    public Currency currency() {
        return currency;
    }

    public long minorUnits() {
        return amount.unscaledValue().longValueExact();
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    public Money negated() {
        return new Money(amount.negate(), currency);
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    /** Above zero: what a payment, a refund or a disputed amount must be. */
    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new CurrencyMismatchException(currency, other.currency);
        }
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money other && currency.equals(other.currency) && amount.equals(other.amount);
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount, currency);
    }

    /** ISO form, e.g. {@code UZS 1250000.00}; display formatting belongs to the edge. */
    @Override
    public String toString() {
        return currency.getCurrencyCode() + " " + amount.toPlainString();
    }
}
