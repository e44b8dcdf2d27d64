package io.paydesk.app.dispute.rules;

/**
 * One problem in an edited rule table: the line (empty for a setting), the column or setting, the value
 * found there and why it was refused, in the viewer's language.
 */
public record RuleTableErrorRow(String line, String column, String value, String problem) {
}
