package io.paydesk.app.dispute.rules;

/** One rule added, removed or changed by an edit: {@code lozenge} is the AUI lozenge class of its kind. */
public record RuleChangeRow(String kind, String lozenge, String rule, String scheme, String stage, String detail) {
}
