package io.paydesk.app.request;

import static org.assertj.core.api.Assertions.assertThat;

import io.paydesk.core.setup.SetupCatalogue;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class CardNumberMaskTest {

    @Test
    void everyTextFieldHoldingACardNumberIsMaskedAndOnlyThoseAreReturned() {
        Map<String, Object> typed = new LinkedHashMap<>();
        typed.put("summary", "Card 4111 1111 1111 1111 charged twice");
        typed.put("description", "Cardholder typed 5555-5555-5555-4444 and 4111111111111111.");
        typed.put("card", "4111 1111 1111 1111");
        typed.put("rrn", "624512345678");
        typed.put("merchant", "Media Expert");
        typed.put("amount", 1349.9d);
        typed.put("date", LocalDate.of(2026, 10, 10));
        typed.put("empty", null);

        Map<String, String> changes = CardNumberMask.changes(typed);

        assertThat(changes).containsOnlyKeys("summary", "description", "card");
        assertThat(changes.get("summary")).isEqualTo("Card 4111 11** **** 1111 charged twice");
        assertThat(changes.get("description")).isEqualTo("Cardholder typed 5555-55**-****-4444 and 411111******1111.");
        assertThat(changes.get("card")).isEqualTo("4111 11** **** 1111");
        assertThat(changes.values()).allSatisfy(masked -> assertThat(CardNumbersLeft.in(masked)).isEmpty());
    }

    @Test
    void aMaskedValueIsLeftAsItIs() {
        assertThat(CardNumberMask.changes(Map.of("card", "4111 11** **** 1111", "ref", "411111******1111"))).isEmpty();
    }

    @Test
    void theCardFieldHelpAsksForTheFullNumberAndSaysItIsMaskedInEveryLanguage() {
        assertThat(SetupCatalogue.paydesk().fields()).filteredOn(f -> f.key().equals("cardNumber"))
                .singleElement().satisfies(card -> assertThat(card.description()).isEqualTo(SetupCatalogue.CARD_NUMBER_HELP));
        ResourceBundle english = ResourceBundle.getBundle("io.paydesk.app.i18n.paydesk", Locale.ROOT);
        assertThat(english.getString("paydesk.intake.dispute.card.help")).isEqualTo(SetupCatalogue.CARD_NUMBER_HELP);
        for (String language : List.of("ru", "uz", "uk", "pl")) {
            String help = ResourceBundle.getBundle("io.paydesk.app.i18n.paydesk", Locale.of(language))
                    .getString("paydesk.intake.dispute.card.help");
            assertThat(help).as(language).isNotEqualTo(SetupCatalogue.CARD_NUMBER_HELP).contains("13", "19", "Paydesk");
        }
    }
}
