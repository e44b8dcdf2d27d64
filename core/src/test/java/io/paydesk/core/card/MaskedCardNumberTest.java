package io.paydesk.core.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paydesk.core.common.Outcome;
import io.paydesk.core.common.Refusal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class MaskedCardNumberTest {

    @ParameterizedTest(name = "{0} is kept as {1}")
    @CsvSource({
            "4111 1111 1111 1111, 411111******1111",
            "5555-5555-5555-4444, 555555******4444",
            "8600123412341239, 860012******1239",
            "4000056655665556, 400005******5556",
            "9860012345678903, 986001******8903",
    })
    void aTypedCardNumberIsKeptOnlyAsFirstSixAndLastFour(String typed, String stored) {
        MaskedCardNumber masked = MaskedCardNumber.fromTyped("card", typed).orElseThrow();

        assertThat(masked).hasToString(stored);
        assertThat(MaskedCardNumber.parseMasked(stored)).isEqualTo(masked);
    }

    @Test
    void aWrongCheckDigitIsRefusedAndTheFullNumberIsNotEchoed() {
        Outcome<MaskedCardNumber> outcome = MaskedCardNumber.fromTyped("card", "4111111111111112");

        assertThat(outcome).isEqualTo(Outcome.refused(
                Refusal.of("card", "411111******1112", "paydesk.error.card.checkDigit")));
    }

    @Test
    void lettersAndWrongLengthsAreRefusedByName() {
        assertThat(MaskedCardNumber.fromTyped("card", "4111 11x1")).isEqualTo(Outcome.refused(
                Refusal.of("card", "4111 11x1", "paydesk.error.card.characters")));
        assertThat(MaskedCardNumber.fromTyped("card", "4111 1111")).isEqualTo(Outcome.refused(
                Refusal.of("card", "4111 1111", "paydesk.error.card.length", "13", "19")));
        assertThat(MaskedCardNumber.fromTyped("card", " ")).isEqualTo(Outcome.refused(
                Refusal.of("card", "", "paydesk.error.card.missing")));
    }

    @Test
    void theDisplayFormIsGroupedInFours() {
        assertThat(MaskedCardNumber.parseMasked("411111******1111").grouped()).isEqualTo("4111 11•• •••• 1111");
    }

    @Test
    void aStoredFormThatIsNotMaskedIsAProgrammingError() {
        assertThatThrownBy(() -> MaskedCardNumber.parseMasked("4111111111111111"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
