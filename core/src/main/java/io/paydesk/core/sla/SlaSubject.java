package io.paydesk.core.sla;

import io.paydesk.core.partner.PartnerId;
import io.paydesk.core.request.RequestSnapshot;
import java.util.Objects;
import java.util.Optional;

/** What picks a request's policy besides its priority (which its history tells): the partner organization and the request type. */
public record SlaSubject(String requestKey, Optional<PartnerId> partner, String requestType) {

    public SlaSubject {
        Objects.requireNonNull(requestKey, "requestKey");
        Objects.requireNonNull(partner, "partner");
        requestType = requestType == null ? "" : requestType;
    }

    public static SlaSubject of(RequestSnapshot request) {
        return new SlaSubject(request.key(), request.partner(), request.requestType());
    }
}
