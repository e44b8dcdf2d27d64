package io.paydesk.app.sla.admin;

/** A stored calendar in the list, described in the viewer's language. */
public record CalendarRow(String name, String zone, String hours, String holidays, String overrides) {
}
