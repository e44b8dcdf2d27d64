package io.paydesk.core.partner;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A bank or payment company that serves its cardholders through our service desk: its name, its
 * country (ISO 3166-1 alpha-2), the IANA time zone its contract hours are kept in, and the language its
 * staff read.
 */
public record PartnerBank(PartnerId id, String name, String country, ZoneId zone, Locale language) {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    public PartnerBank {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(language, "language");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("partner " + id + " needs a name");
        }
        if (country == null || !COUNTRIES.contains(country)) {
            throw new IllegalArgumentException("partner " + id + ": '" + country + "' is not an ISO 3166 country code");
        }
    }
}
