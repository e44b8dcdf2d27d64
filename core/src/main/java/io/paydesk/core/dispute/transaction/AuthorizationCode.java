package io.paydesk.core.dispute.transaction;

import io.paydesk.core.common.Outcome;
import io.paydesk.core.common.Refusal;
import io.paydesk.core.dispute.DisputeMessageKeys;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** The issuer's approval code for the authorization (ISO 8583 data element 38): six letters or digits. */
public record AuthorizationCode(String value) {

    private static final Pattern SIX_ALPHANUMERICS = Pattern.compile("[0-9A-Z]{6}");

    public AuthorizationCode {
        Objects.requireNonNull(value, "value");
        if (!SIX_ALPHANUMERICS.matcher(value).matches()) {
            throw new IllegalArgumentException("an authorization code has 6 letters or digits: " + value);
        }
    }

    /** Reads typed input, trimmed and in upper case ({@code 0a12bc} is {@code 0A12BC}). */
    public static Outcome<AuthorizationCode> parse(String field, String typed) {
        String code = typed == null ? "" : typed.trim().toUpperCase(Locale.ROOT);
        if (!SIX_ALPHANUMERICS.matcher(code).matches()) {
            return Outcome.refused(Refusal.of(field, typed, DisputeMessageKeys.AUTH_CODE_FORMAT, "6"));
        }
        return Outcome.accepted(new AuthorizationCode(code));
    }

    @Override
    public String toString() {
        return value;
    }
}
