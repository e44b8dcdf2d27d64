package io.paydesk.app.dispute.rules;

/** One published revision in the history: its number, full version, who published it and when. */
public record RuleRevisionRow(int revision, String version, String publishedBy, String publishedAt, boolean current) {
}
