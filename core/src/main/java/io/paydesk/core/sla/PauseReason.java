package io.paydesk.core.sla;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Why a clock stands still, as data: a stable code (lower-case letters, digits, dashes) that events and
 * reports carry, and the name an administrator gave it. The four reasons partner contracts name are
 * provided; a policy may define others.
 */
public record PauseReason(String code, String name) {

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    public static final PauseReason CUSTOMER_DOCUMENTS = new PauseReason("customer-documents", "Waiting for customer documents");
    public static final PauseReason PARTNER_BANK = new PauseReason("partner-bank", "Waiting for the partner bank");
    public static final PauseReason SCHEME_OR_ACQUIRER = new PauseReason("scheme-acquirer", "Waiting for the scheme or acquirer");
    public static final PauseReason MERCHANT = new PauseReason("merchant", "Waiting for the merchant");

    public PauseReason {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        if (!isCode(code)) {
            throw new IllegalArgumentException("not a pause reason code: '" + code + "'");
        }
        if (name.isBlank()) {
            throw new IllegalArgumentException("pause reason " + code + " needs a name");
        }
    }

    public static boolean isCode(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    @Override
    public String toString() {
        return code;
    }
}
