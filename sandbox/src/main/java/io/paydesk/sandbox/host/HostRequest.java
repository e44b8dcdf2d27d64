package io.paydesk.sandbox.host;

import io.paydesk.core.partner.PartnerId;
import io.paydesk.core.request.RequestSnapshot;
import io.paydesk.core.sla.SlaSubject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A service-desk request as the sandbox host keeps it; the app sees only its {@link RequestSnapshot}. A request
 * {@code riskAndAmlOnly} is seen only by agents with the risk/AML role (see {@link HostUser#canSee}).
 */
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
        Optional<String> card,
        boolean riskAndAmlOnly) {

    /** A request everyone who may see its organization's requests may see. */
    public HostRequest(String key, String summary, String description, String requestType, String status,
                       String priority, Instant created, String reporter, int organizationId,
                       Optional<Integer> customerId, Optional<String> card) {
        this(key, summary, description, requestType, status, priority, created, reporter, organizationId, customerId,
                card, false);
    }

    /** A request's state at the end of the sandbox's workflow. */
    public static final String RESOLVED = "Resolved";

    /** The sandbox workflow's statuses, in the order agents meet them; Jira's are the project's own. */
    public static final List<String> STATUSES = List.of("Waiting for support", "In progress", "Waiting for customer",
            "Waiting for partner", "Pending", RESOLVED);

    /** What picks the request's SLA policy: its partner bank (the organization) and request type. */
    public SlaSubject slaSubject() {
        return new SlaSubject(key, Optional.of(partner()), requestType);
    }

    private PartnerId partner() {
        return new PartnerId(Integer.toString(organizationId));
    }

    public RequestSnapshot snapshot(String reporterName) {
        return new RequestSnapshot(key, summary, requestType, status, created, reporterName,
                Optional.of(partner()));
    }
}
