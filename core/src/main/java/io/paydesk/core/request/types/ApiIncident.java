package io.paydesk.core.request.types;

import java.time.Instant;
import java.util.Objects;

/**
 * A partner API or integration incident: which partner, which endpoint or operation ({@code POST /v1/topups},
 * {@code balanceInquiry}), how bad (SEV1 worst), when it was first seen, one correlation id to trace and a
 * sample error code. SEV1 and SEV2 are urgent.
 */
public record ApiIncident(String partner, String operation, Severity severity, Instant firstSeen,
        String correlationId, String errorCode, String description) implements RequestType {

    public enum Severity { SEV1, SEV2, SEV3, SEV4 }

    public ApiIncident {
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(firstSeen, "firstSeen");
        Objects.requireNonNull(correlationId, "correlationId");
        Objects.requireNonNull(errorCode, "errorCode");
        Objects.requireNonNull(description, "description");
    }

    @Override
    public Urgency urgency() {
        return severity == Severity.SEV1 || severity == Severity.SEV2 ? Urgency.URGENT : Urgency.NORMAL;
    }
}
