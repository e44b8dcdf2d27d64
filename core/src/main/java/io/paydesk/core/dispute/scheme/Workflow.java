package io.paydesk.core.dispute.scheme;

import java.util.Locale;
import java.util.Optional;

/**
 * Visa's two dispute workflows (reference §4.1, [81][83]). In allocation (fraud, authorization) Visa checks
 * the dispute automatically, there is no dispute response, and it is the acquirer that may file
 * pre-arbitration; the issuer answers it. In collaboration (processing errors, consumer disputes) the
 * acquirer sends a dispute response and the issuer may file pre-arbitration. Mastercard has one cycle:
 * {@link #SINGLE}.
 */
public enum Workflow {
    ALLOCATION,
    COLLABORATION,
    SINGLE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String nameKey() {
        return "paydesk.dispute.workflow." + id();
    }

    public static Optional<Workflow> byId(String id) {
        for (Workflow w : values()) {
            if (w.id().equals(id)) {
                return Optional.of(w);
            }
        }
        return Optional.empty();
    }
}
