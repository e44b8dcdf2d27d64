package io.paydesk.core.sla;

import io.paydesk.core.partner.PartnerId;
import java.util.Objects;
import java.util.Optional;

/**
 * Which requests a policy is for: a partner organization, a request type and a priority, each either
 * named exactly or left open (any). The more of them a scope names, the more specific it is; among the
 * policies whose scope matches a request, the most specific one applies (see {@link SlaPolicyBook}).
 */
public record SlaScope(Optional<PartnerId> partner, Optional<String> requestType, Optional<String> priority) {

    private static final SlaScope EVERYTHING = new SlaScope(Optional.empty(), Optional.empty(), Optional.empty());

    public SlaScope {
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(requestType, "requestType");
        Objects.requireNonNull(priority, "priority");
        if (requestType.filter(String::isBlank).isPresent() || priority.filter(String::isBlank).isPresent()) {
            throw new IllegalArgumentException("a scope names a value or leaves it open, never blank");
        }
    }

    /** Every request: no dimension named. */
    public static SlaScope everything() {
        return EVERYTHING;
    }

    public SlaScope partner(PartnerId value) {
        return new SlaScope(Optional.of(value), requestType, priority);
    }

    public SlaScope requestType(String value) {
        return new SlaScope(partner, Optional.of(value), priority);
    }

    public SlaScope priority(String value) {
        return new SlaScope(partner, requestType, Optional.of(value));
    }

    /** How many of the three dimensions are named: 0 (every request) to 3. */
    public int specificity() {
        return (partner.isPresent() ? 1 : 0) + (requestType.isPresent() ? 1 : 0) + (priority.isPresent() ? 1 : 0);
    }

    public boolean matches(Optional<PartnerId> requestPartner, String requestRequestType, String requestPriority) {
        return (partner.isEmpty() || partner.equals(requestPartner))
                && (requestType.isEmpty() || requestType.get().equals(requestRequestType))
                && (priority.isEmpty() || priority.get().equals(requestPriority));
    }

    /** Whether every request this other scope matches is matched by this one too. */
    public boolean covers(SlaScope other) {
        return covers(partner, other.partner) && covers(requestType, other.requestType) && covers(priority, other.priority);
    }

    /** The requests both scopes match, as a scope; nothing when they name different values in some dimension. */
    public Optional<SlaScope> meet(SlaScope other) {
        if (clash(partner, other.partner) || clash(requestType, other.requestType) || clash(priority, other.priority)) {
            return Optional.empty();
        }
        return Optional.of(new SlaScope(partner.or(() -> other.partner), requestType.or(() -> other.requestType),
                priority.or(() -> other.priority)));
    }

    private static <T> boolean covers(Optional<T> general, Optional<T> specific) {
        return general.isEmpty() || general.equals(specific);
    }

    private static <T> boolean clash(Optional<T> a, Optional<T> b) {
        return a.isPresent() && b.isPresent() && !a.equals(b);
    }

    /** {@code partner=12, type=*, priority=P1}. */
    @Override
    public String toString() {
        return "partner=" + partner.map(PartnerId::value).orElse("*")
                + ", type=" + requestType.orElse("*") + ", priority=" + priority.orElse("*");
    }
}
