package io.paydesk.core.partner;

import io.paydesk.core.common.Outcome;
import io.paydesk.core.common.Refusal;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A partner bank's profile as an administrator typed it. {@link #check()} accepts it as a
 * {@link PartnerBank} or names every wrong field at once.
 */
public record PartnerProfileForm(String organizationId, String name, String country, String zone, String language) {

    /** The languages Paydesk speaks; a partner's staff read one of them. */
    public static final Set<String> LANGUAGES = Set.of("en", "ru", "uz", "uk", "pl");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final int MAX_NAME = 255;

    public PartnerProfileForm {
        organizationId = trim(organizationId);
        name = trim(name);
        country = trim(country).toUpperCase(Locale.ROOT);
        zone = trim(zone);
        language = trim(language).toLowerCase(Locale.ROOT);
    }

    public static PartnerProfileForm of(PartnerBank partner) {
        return new PartnerProfileForm(partner.id().value(), partner.name(), partner.country(), partner.zone().getId(),
                partner.language().getLanguage());
    }

    public Outcome<PartnerBank> check() {
        List<Refusal> refusals = new ArrayList<>();
        if (!organizationId.matches("[1-9]\\d{0,9}")) {
            refusals.add(Refusal.of("organizationId", organizationId, "paydesk.error.partner.organizationId"));
        }
        if (name.isEmpty() || name.length() > MAX_NAME) {
            refusals.add(Refusal.of("name", name, "paydesk.error.partner.name", Integer.toString(MAX_NAME)));
        }
        if (!COUNTRIES.contains(country)) {
            refusals.add(Refusal.of("country", country, "paydesk.error.partner.country"));
        }
        ZoneId parsedZone = null;
        try {
            parsedZone = ZoneId.of(zone);
            if (parsedZone instanceof ZoneOffset || zone.startsWith("UTC") || zone.startsWith("GMT")) {
                refusals.add(Refusal.of("zone", zone, "paydesk.error.calendar.offsetNotZone"));
            }
        } catch (DateTimeException e) {
            refusals.add(Refusal.of("zone", zone, "paydesk.error.calendar.unknownZone"));
        }
        if (!LANGUAGES.contains(language)) {
            refusals.add(Refusal.of("language", language, "paydesk.error.partner.language"));
        }
        if (!refusals.isEmpty()) {
            return Outcome.refused(refusals);
        }
        return Outcome.accepted(new PartnerBank(new PartnerId(organizationId), name, country, parsedZone,
                Locale.of(language)));
    }

    private static String trim(String value) {
        return value == null ? "" : value.strip();
    }
}
