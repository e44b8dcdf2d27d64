package io.paydesk.core.dispute.scheme;

import java.util.Objects;
import java.util.regex.Pattern;

/** A card scheme's stable id in data tables and message keys: lower-case letters, digits and dashes. */
public record SchemeId(String value) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{1,31}");

    public static final SchemeId VISA = new SchemeId("visa");
    public static final SchemeId MASTERCARD = new SchemeId("mastercard");

    public SchemeId {
        Objects.requireNonNull(value, "value");
        if (!ID.matcher(value).matches()) {
            throw new IllegalArgumentException("not a scheme id: " + value);
        }
    }

    public static boolean isValid(String value) {
        return value != null && ID.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
