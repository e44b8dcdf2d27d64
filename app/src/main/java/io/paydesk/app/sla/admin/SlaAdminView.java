package io.paydesk.app.sla.admin;

import io.paydesk.app.partner.Choice;
import java.util.List;

/**
 * The SLA administration page: the calendars and policies with their history and previews, the two forms
 * (blank, being edited, or sent back with an error under each wrong field), the import box, and the outcome
 * of the last action. Templates call only these accessors; every text is already in the viewer's language.
 */
public record SlaAdminView(
        List<CalendarRow> calendars,
        List<PolicyRow> policies,
        CalendarFormView calendarForm,
        PolicyFormView policyForm,
        List<Choice> calendarChoices,
        List<Choice> partnerChoices,
        List<String> preview,
        String notice,
        String importText,
        List<String> importErrors) {

    public SlaAdminView {
        calendars = List.copyOf(calendars);
        policies = List.copyOf(policies);
        calendarChoices = List.copyOf(calendarChoices);
        partnerChoices = List.copyOf(partnerChoices);
        preview = List.copyOf(preview);
        importErrors = List.copyOf(importErrors);
    }

    public boolean hasNotice() {
        return !notice.isEmpty();
    }

    public boolean hasPreview() {
        return !preview.isEmpty();
    }

    public boolean hasImportErrors() {
        return !importErrors.isEmpty();
    }

    public boolean hasErrors() {
        return calendarForm.hasErrors() || policyForm.hasErrors() || hasImportErrors();
    }
}
