package io.paydesk.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paydesk.core.common.Outcome;
import io.paydesk.core.common.Refusal;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class MoneyTest {

    private static final Currency UZS = Currency.getInstance("UZS");
    private static final Currency JPY = Currency.getInstance("JPY");
    private static final Currency KWD = Currency.getInstance("KWD");

    @Test
    void anAmountTakesTheScaleOfItsCurrency() {
        assertThat(Money.of("UZS", "1250000").amount()).isEqualTo(new BigDecimal("1250000.00"));
        assertThat(Money.of("JPY", "1500").amount().scale()).isZero();
        assertThat(Money.of("KWD", "1.5").amount().scale()).isEqualTo(3);
    }

    @Test
    void anAmountFinerThanTheCurrencyIsRefusedNotRounded() {
        assertThatThrownBy(() -> Money.of("EUR", "10.005")).isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("EUR");
        assertThat(Money.rounded(Currency.getInstance("EUR"), new BigDecimal("10.005"), RoundingMode.HALF_EVEN))
                .isEqualTo(Money.of("EUR", "10.00"));
    }

    @Test
    void typedInputIsRefusedWithTheFieldAndTheReason() {
        assertThat(Money.parse("amount", "12.345", "currency", "EUR"))
                .isEqualTo(Outcome.refused(Refusal.of("amount", "12.345", "paydesk.error.amount.scale", "EUR", "2")));
        assertThat(Money.parse("amount", "12", "currency", "EURO"))
                .isEqualTo(Outcome.refused(Refusal.of("currency", "EURO", "paydesk.error.currency.unknown")));
        assertThat(Money.parse("amount", "twelve", "currency", "PLN"))
                .isEqualTo(Outcome.refused(Refusal.of("amount", "twelve", "paydesk.error.amount.notNumber")));
        assertThat(Money.parse("amount", " 99.90 ", "currency", "PLN"))
                .isEqualTo(Outcome.accepted(Money.of("PLN", "99.9")));
    }

    @Test
    void amountsInDifferentCurrenciesDoNotMix() {
        assertThatThrownBy(() -> Money.of("UZS", "1").plus(Money.of("KZT", "1")))
                .isInstanceOf(CurrencyMismatchException.class)
                .satisfies(e -> {
                    CurrencyMismatchException mismatch = (CurrencyMismatchException) e;
                    assertThat(mismatch.left()).isEqualTo(UZS);
                    assertThat(mismatch.right().getCurrencyCode()).isEqualTo("KZT");
                });
    }

    @Test
    void onlyAnAmountAboveZeroIsPositive() {
        assertThat(Money.of("UZS", "0.01").isPositive()).isTrue();
        assertThat(Money.of("UZS", "0").isPositive()).isFalse();
        assertThat(Money.of("UZS", "-5").isPositive()).isFalse();
    }

    @Property
    void minorUnitsRoundTrip(@ForAll long minor) {
        assertThat(Money.ofMinor(KWD, minor).minorUnits()).isEqualTo(minor);
        assertThat(Money.ofMinor(JPY, minor).minorUnits()).isEqualTo(minor);
    }

    @Property
    void addingThenSubtractingGivesTheSameAmount(@ForAll int a, @ForAll int b) {
        Money left = Money.ofMinor(UZS, a);
        Money right = Money.ofMinor(UZS, b);
        assertThat(left.plus(right).minus(right)).isEqualTo(left);
    }
}
