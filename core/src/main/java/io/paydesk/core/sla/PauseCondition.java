package io.paydesk.core.sla;

import java.util.Objects;

/** While a request is in {@code status}, its clocks are paused for {@code reason} (unless the event that moved it there names another of the policy's reasons). */
public record PauseCondition(String status, PauseReason reason) {

    public PauseCondition {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
        if (status.isBlank()) {
            throw new IllegalArgumentException("a pause condition names a status");
        }
    }
}
