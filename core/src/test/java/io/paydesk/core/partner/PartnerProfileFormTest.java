package io.paydesk.core.partner;

import static org.assertj.core.api.Assertions.assertThat;

import io.paydesk.core.common.Outcome;
import io.paydesk.core.common.Refusal;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PartnerProfileFormTest {

    @Test
    void aCompleteProfileBecomesAPartnerBank() {
        Outcome<PartnerBank> outcome = new PartnerProfileForm(" 12 ", " Bank Wiślany ", "pl", "Europe/Warsaw", "PL").check();

        assertThat(outcome).isEqualTo(Outcome.accepted(new PartnerBank(new PartnerId("12"), "Bank Wiślany", "PL",
                ZoneId.of("Europe/Warsaw"), Locale.of("pl"))));
    }

    @ParameterizedTest(name = "{0}={1} is refused with {2}")
    @CsvSource({
            "organizationId, 0, paydesk.error.partner.organizationId",
            "organizationId, abc, paydesk.error.partner.organizationId",
            "name, '', paydesk.error.partner.name",
            "country, XX, paydesk.error.partner.country",
            "zone, Europe/Atlantis, paydesk.error.calendar.unknownZone",
            "zone, +05:00, paydesk.error.calendar.offsetNotZone",
            "zone, UTC+5, paydesk.error.calendar.offsetNotZone",
            "language, de, paydesk.error.partner.language",
    })
    void eachWrongFieldIsNamedWithItsValue(String field, String value, String reason) {
        PartnerProfileForm good = new PartnerProfileForm("7", "Turon Card Bank", "UZ", "Asia/Tashkent", "uz");
        PartnerProfileForm bad = switch (field) {
            case "organizationId" -> new PartnerProfileForm(value, good.name(), good.country(), good.zone(), good.language());
            case "name" -> new PartnerProfileForm(good.organizationId(), value, good.country(), good.zone(), good.language());
            case "country" -> new PartnerProfileForm(good.organizationId(), good.name(), value, good.zone(), good.language());
            case "zone" -> new PartnerProfileForm(good.organizationId(), good.name(), good.country(), value, good.language());
            default -> new PartnerProfileForm(good.organizationId(), good.name(), good.country(), good.zone(), value);
        };

        Outcome<PartnerBank> outcome = bad.check();

        assertThat(outcome).isInstanceOf(Outcome.Refused.class);
        assertThat(((Outcome.Refused<PartnerBank>) outcome).refusals()).singleElement()
                .satisfies(r -> {
                    assertThat(r.field()).isEqualTo(field);
                    assertThat(r.rejectedValue()).isEqualTo(value);
                    assertThat(r.reasonKey()).isEqualTo(reason);
                });
    }

    @Test
    void everyWrongFieldIsReportedAtOnce() {
        Outcome<PartnerBank> outcome = new PartnerProfileForm("", "", "", "", "").check();

        assertThat(((Outcome.Refused<PartnerBank>) outcome).refusals()).extracting(Refusal::field)
                .containsExactly("organizationId", "name", "country", "zone", "language");
    }
}
