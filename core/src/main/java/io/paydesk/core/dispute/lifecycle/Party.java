package io.paydesk.core.dispute.lifecycle;

import java.util.Locale;

/** Who acts at a step of the dispute cycle. Paydesk works for the issuer (the partner bank). */
public enum Party {
    ISSUER,
    ACQUIRER,
    SCHEME;

    public Party counterparty() {
        return switch (this) {
            case ISSUER -> ACQUIRER;
            case ACQUIRER -> ISSUER;
            case SCHEME -> SCHEME;
        };
    }

    public String nameKey() {
        return "paydesk.dispute.party." + name().toLowerCase(Locale.ROOT);
    }
}
