package io.paydesk.sandbox.web;

/** One choice of the queue's SLA filter: the search argument, its label in the viewer's language, and whether it is chosen. */
public record SlaFilterChoice(String value, String label, boolean selected) {
}
