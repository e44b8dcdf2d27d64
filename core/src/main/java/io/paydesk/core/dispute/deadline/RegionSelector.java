package io.paydesk.core.dispute.deadline;

import java.util.Objects;
import java.util.Optional;

/**
 * Which transactions a regional exception covers. Table form: {@code *} (everywhere),
 * {@code domestic:KZ} (issuer and acquirer both in Kazakhstan), or {@code region:EUROPE} (the issuer is in
 * that scheme region). Domestic is more specific than a region, a region more than everywhere.
 */
public record RegionSelector(Kind kind, String value) {

    public enum Kind { ANY, REGION, DOMESTIC }

    public static final RegionSelector ANY = new RegionSelector(Kind.ANY, "");

    public RegionSelector {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        switch (kind) {
            case ANY -> {
                if (!value.isEmpty()) {
                    throw new IllegalArgumentException("'everywhere' has no value");
                }
            }
            case DOMESTIC -> {
                if (!Geography.isCountry(value)) {
                    throw new IllegalArgumentException("'" + value + "' is not an ISO 3166 country code");
                }
            }
            case REGION -> {
                if (!Geography.isRegion(value)) {
                    throw new IllegalArgumentException("not a scheme region id: " + value);
                }
            }
        }
    }

    public static RegionSelector domestic(String country) {
        return new RegionSelector(Kind.DOMESTIC, country);
    }

    public static RegionSelector region(String region) {
        return new RegionSelector(Kind.REGION, region);
    }

    public static Optional<RegionSelector> parse(String text) {
        if ("*".equals(text)) {
            return Optional.of(ANY);
        }
        if (text != null && text.startsWith("domestic:") && Geography.isCountry(text.substring(9))) {
            return Optional.of(domestic(text.substring(9)));
        }
        if (text != null && text.startsWith("region:") && Geography.isRegion(text.substring(7))) {
            return Optional.of(region(text.substring(7)));
        }
        return Optional.empty();
    }

    public boolean matches(Geography geography) {
        return switch (kind) {
            case ANY -> true;
            case REGION -> geography.schemeRegion().filter(value::equals).isPresent();
            case DOMESTIC -> geography.isDomesticIn(value);
        };
    }

    int rank() {
        return kind.ordinal();
    }

    @Override
    public String toString() {
        return switch (kind) {
            case ANY -> "*";
            case REGION -> "region:" + value;
            case DOMESTIC -> "domestic:" + value;
        };
    }
}
