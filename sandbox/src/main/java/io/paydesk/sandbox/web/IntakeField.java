package io.paydesk.sandbox.web;

import io.paydesk.app.partner.Choice;
import java.util.List;

/**
 * One field of the portal's request form as the template shows it: its catalogue key, translated label, HTML input
 * ({@code text}, {@code select}, {@code date}, {@code datetime-local}, {@code number}), the select list's options
 * (each value as Jira stores it, with its label in the viewer's language),
 * what was typed (card numbers masked, a card-number field always blank), its error and help, or blank.
 */
public record IntakeField(String key, String label, String input, List<Choice> options, String value, String error,
                          String help) {

    public IntakeField {
        options = List.copyOf(options);
    }

    public boolean hasError() {
        return !error.isEmpty();
    }

    public boolean isSelect() {
        return "select".equals(input);
    }

    public boolean isCardNumber() {
        return RequestIntakeServlet.CARD_NUMBER.equals(key);
    }
}
