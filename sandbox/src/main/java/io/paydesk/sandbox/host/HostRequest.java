package io.paydesk.sandbox.host;

import io.paydesk.core.partner.PartnerId;
import io.paydesk.core.request.RequestSnapshot;
import java.time.Instant;
import java.util.List;
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

    /** A request's state at the end of the sandbox's workflow. */
    public static final String RESOLVED = "Resolved";

    /** The sandbox workflow's statuses, in the order agents meet them; Jira's are the project's own. */
    public static final List<String> STATUSES = List.of("Waiting for support", "In progress", "Waiting for customer",
            "Waiting for partner", "Pending", RESOLVED);

    public RequestSnapshot snapshot(String reporterName) {
        return new RequestSnapshot(key, summary, requestType, status, created, reporterName,
                Optional.of(new PartnerId(Integer.toString(organizationId))));
    }
}
