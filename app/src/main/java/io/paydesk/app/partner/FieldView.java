package io.paydesk.app.partner;

/** One form field as the page shows it: the value to put back in the input, and its error message, if any. */
public record FieldView(String value, String error) {

    public boolean hasError() {
        return !error.isEmpty();
    }
}
