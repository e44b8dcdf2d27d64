package io.paydesk.app.setup;

/**
 * One line of the setup page's plan or report, in the viewer's language: what kind of thing, which one, its
 * name in Jira, where it goes, the field type (custom fields only), the outcome and the lozenge style for it.
 */
public record SetupRow(String kind, String item, String jiraName, String where, String fieldType, String status,
                       String lozenge) {
}
