package io.paydesk.core.request;

import io.paydesk.core.partner.PartnerId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the domain needs to know about one service-desk request, read once at the boundary from the
 * host's issue.
 */
public record RequestSnapshot(
        String key,
        String summary,
        String requestType,
        String status,
        Instant created,
        String reporterName,
        Optional<PartnerId> partner) {

    public RequestSnapshot {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(partner, "partner");
        summary = summary == null ? "" : summary;
        requestType = requestType == null ? "" : requestType;
        status = status == null ? "" : status;
        reporterName = reporterName == null ? "" : reporterName;
    }
}
