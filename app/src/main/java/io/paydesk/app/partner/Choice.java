package io.paydesk.app.partner;

/** An option of a select box: the value posted and the label shown. */
public record Choice(String value, String label) {
}
