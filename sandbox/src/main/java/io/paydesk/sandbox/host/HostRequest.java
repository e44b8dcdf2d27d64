package io.paydesk.sandbox.host;

import io.paydesk.core.partner.PartnerId;
import io.paydesk.core.request.RequestSnapshot;
import java.time.Instant;
import java.util.Optional;

/** A service-desk request as the sandbox host keeps it; the app sees only its {@link RequestSnapshot}. */
public record HostRequest(
        String key,
        String summary,
        String description,
        String requestType,
        String status,
        String priority,
        Instant created,
        String reporter,
        int organizationId,
        Optional<Integer> customerId,
        Optional<String> card) {

    public RequestSnapshot snapshot(String reporterName) {
        return new RequestSnapshot(key, summary, requestType, status, created, reporterName,
                Optional.of(new PartnerId(Integer.toString(organizationId))));
    }
}
