package io.paydesk.app.request;

import static org.assertj.core.api.Assertions.assertThat;

import io.paydesk.app.platform.Texts;
import io.paydesk.core.partner.PartnerBank;
import io.paydesk.core.partner.PartnerDirectory;
import io.paydesk.core.partner.PartnerId;
import io.paydesk.core.request.RequestSnapshot;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RequestContextPanelTest {

    private static final PartnerBank WARSAW = new PartnerBank(new PartnerId("3"), "Bank Wiślany", "PL",
            ZoneId.of("Europe/Warsaw"), Locale.of("pl"));
    private static final Texts ENGLISH = (key, args) -> MessageFormat.format(Map.of(
            "paydesk.duration.daysHours", "{0} d {1} h",
            "paydesk.duration.hoursMinutes", "{0} h {1} min").get(key), args);

    /** Partner banks in memory, as a fixture. */
    private static final class Partners implements PartnerDirectory {
        private final Map<PartnerId, PartnerBank> byId = new HashMap<>();

        @Override
        public Optional<PartnerBank> find(PartnerId id) {
            return Optional.ofNullable(byId.get(id));
        }

        @Override
        public List<PartnerBank> all() {
            return List.copyOf(byId.values());
        }

        @Override
        public void save(PartnerBank partner) {
            byId.put(partner.id(), partner);
        }
    }

    private final Partners partners = new Partners();

    RequestContextPanelTest() {
        partners.save(WARSAW);
    }

    private static RequestSnapshot raisedAt(String instant, String partner) {
        return new RequestSnapshot("PAY-7", "Charged twice", "Payment dispute", "Waiting for support",
                Instant.parse(instant), "Katarzyna Zielińska", Optional.ofNullable(partner).map(PartnerId::new));
    }

    private static RequestContextPanel at(String instant, PartnerDirectory partners) {
        return new RequestContextPanel(partners, Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }

    @Test
    void showsThePartnersLocalTimeOnFridayEvening() {
        RequestContextView view = at("2026-11-27T15:50:00Z", partners)
                .view(raisedAt("2026-11-27T13:40:00Z", "3"), Locale.ENGLISH, ENGLISH);

        assertThat(view.partnerKnown()).isTrue();
        assertThat(view.partnerName()).isEqualTo("Bank Wiślany");
        assertThat(view.partnerCountry()).isEqualTo("Poland");
        assertThat(view.partnerLocalTime()).isEqualTo("Fri 16:50");
        assertThat(view.partnerUtcOffset()).isEqualTo("UTC+01:00");
        assertThat(view.partnerWeekend()).isFalse();
        assertThat(view.openFor()).isEqualTo("2 h 10 min");
        assertThat(view.createdPartnerTime()).startsWith("Nov 27, 2026, 2:40");
    }

    @Test
    void marksTheWeekendAndSummerTimeInTheViewersLanguage() {
        RequestContextView view = at("2026-06-13T09:00:00Z", partners)
                .view(raisedAt("2026-06-10T09:00:00Z", "3"), Locale.of("pl"), ENGLISH);

        assertThat(view.partnerLocalTime()).isEqualTo("sob. 11:00");
        assertThat(view.partnerUtcOffset()).isEqualTo("UTC+02:00");
        assertThat(view.partnerWeekend()).isTrue();
        assertThat(view.partnerCountry()).isEqualTo("Polska");
        assertThat(view.openFor()).isEqualTo("3 d 0 h");
    }

    @Test
    void aRequestWithoutAKnownPartnerSaysSoInsteadOfGuessing() {
        RequestContextView noOrganization = at("2026-11-27T15:50:00Z", partners)
                .view(raisedAt("2026-11-27T15:00:00Z", null), Locale.ENGLISH, ENGLISH);
        RequestContextView unconfigured = at("2026-11-27T15:50:00Z", partners)
                .view(raisedAt("2026-11-27T15:00:00Z", "99"), Locale.ENGLISH, ENGLISH);

        assertThat(noOrganization.partnerKnown()).isFalse();
        assertThat(unconfigured.partnerKnown()).isFalse();
        assertThat(unconfigured.openFor()).isEqualTo("0 h 50 min");
        assertThat(unconfigured.reporterName()).isEqualTo("Katarzyna Zielińska");
    }
}
