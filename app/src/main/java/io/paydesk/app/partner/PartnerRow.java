package io.paydesk.app.partner;

/** A configured partner bank in the administration list, formatted for the viewer. */
public record PartnerRow(String organizationId, String name, String country, String zone, String localTime,
                         String language) {
}
