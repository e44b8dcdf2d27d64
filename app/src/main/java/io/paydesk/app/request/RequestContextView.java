package io.paydesk.app.request;

/**
 * What the request-context panel shows, already formatted for the viewer. Templates call only these
 * accessors (each is in the descriptor's velocity-allowlist).
 */
public record RequestContextView(
        boolean partnerKnown,
        String partnerName,
        String partnerCountry,
        String partnerZone,
        String partnerLocalTime,
        String partnerUtcOffset,
        boolean partnerWeekend,
        String createdPartnerTime,
        String openFor,
        String reporterName) {
}
