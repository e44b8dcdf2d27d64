package io.paydesk.core.dispute.deadline;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where a disputed transaction sits for regional time limits: the issuer's country (the partner bank),
 * the acquirer's country when known, and the scheme region the issuer belongs to when known (e.g.
 * {@code EUROPE}). A transaction is domestic in a country when issuer and acquirer are both there.
 */
public record Geography(String issuerCountry, Optional<String> acquirerCountry, Optional<String> schemeRegion) {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Pattern REGION = Pattern.compile("[A-Z][A-Z_]{1,31}");

    public Geography {
        Objects.requireNonNull(acquirerCountry, "acquirerCountry");
        Objects.requireNonNull(schemeRegion, "schemeRegion");
        requireCountry(issuerCountry);
        acquirerCountry.ifPresent(Geography::requireCountry);
        schemeRegion.ifPresent(r -> {
            if (!REGION.matcher(r).matches()) {
                throw new IllegalArgumentException("not a scheme region id: " + r);
            }
        });
    }

    public static Geography issuerIn(String country) {
        return new Geography(country, Optional.empty(), Optional.empty());
    }

    public static boolean isCountry(String code) {
        return code != null && COUNTRIES.contains(code);
    }

    public static boolean isRegion(String id) {
        return id != null && REGION.matcher(id).matches();
    }

    public Geography withAcquirerIn(String country) {
        return new Geography(issuerCountry, Optional.of(country), schemeRegion);
    }

    public Geography inSchemeRegion(String region) {
        return new Geography(issuerCountry, acquirerCountry, Optional.of(region));
    }

    /** Issuer and acquirer are both in {@code country}; false while the acquirer's country is unknown. */
    public boolean isDomesticIn(String country) {
        return issuerCountry.equals(country) && acquirerCountry.filter(country::equals).isPresent();
    }

    private static void requireCountry(String code) {
        if (!isCountry(code)) {
            throw new IllegalArgumentException("'" + code + "' is not an ISO 3166 country code");
        }
    }
}
