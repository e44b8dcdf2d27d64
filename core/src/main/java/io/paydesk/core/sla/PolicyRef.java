package io.paydesk.core.sla;

import java.util.Objects;

/** One version of one policy, {@code wislany-p1@v2}: what a timer records as the rules it runs under. Versions start at 1. */
public record PolicyRef(SlaPolicyId id, int version) {

    public PolicyRef {
        Objects.requireNonNull(id, "id");
        if (version < 1) {
            throw new IllegalArgumentException("versions start at 1: " + version);
        }
    }

    public static PolicyRef of(String id, int version) {
        return new PolicyRef(new SlaPolicyId(id), version);
    }

    @Override
    public String toString() {
        return id + "@v" + version;
    }
}
