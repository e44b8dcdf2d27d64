package io.paydesk.core.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PartnerBankTest {

    private static PartnerBank warsawBank() {
        return new PartnerBank(new PartnerId("12"), "Bank Wiślany", "PL", ZoneId.of("Europe/Warsaw"), Locale.of("pl"));
    }

    @Test
    void aPartnerNeedsARealCountryCodeAndAName() {
        assertThatThrownBy(() -> new PartnerBank(new PartnerId("1"), "X", "XX", ZoneId.of("UTC"), Locale.ENGLISH))
                .hasMessageContaining("'XX' is not an ISO 3166 country code");
        assertThatThrownBy(() -> new PartnerBank(new PartnerId("1"), " ", "UZ", ZoneId.of("Asia/Tashkent"), Locale.ENGLISH))
                .hasMessageContaining("needs a name");
    }

    @Test
    void thePartnersLocalTimeComesFromItsZoneNotTheServers() {
        Clock fridayEveningUtc = Clock.fixed(Instant.parse("2026-11-27T15:50:00Z"), ZoneOffset.UTC);
        PartnerClock clock = new PartnerClock(fridayEveningUtc);

        assertThat(clock.now(warsawBank()).toLocalTime()).hasToString("16:50");
        assertThat(clock.isWeekendNow(warsawBank())).isFalse();
        PartnerBank tashkent = new PartnerBank(new PartnerId("7"), "Tashkent Card Bank", "UZ",
                ZoneId.of("Asia/Tashkent"), Locale.of("uz"));
        assertThat(clock.now(tashkent).toLocalTime()).hasToString("20:50");
    }

    @Test
    void saturdayInWarsawIsAWeekendEvenWhenItIsFridayInUtc() {
        PartnerBank auckland = new PartnerBank(new PartnerId("9"), "Kiwi Card", "NZ", ZoneId.of("Pacific/Auckland"), Locale.ENGLISH);
        PartnerClock clock = new PartnerClock(Clock.fixed(Instant.parse("2026-11-27T15:50:00Z"), ZoneOffset.UTC));

        assertThat(clock.isWeekendNow(auckland)).isTrue();
    }
}
