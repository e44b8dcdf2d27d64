package io.paydesk.app.partner;

import java.util.List;

/**
 * The partner-bank administration page: the configured partners, the form (blank, being edited, or
 * sent back with its errors) and the outcome of the last save. Templates call only these accessors.
 */
public record PartnerAdminView(
        List<PartnerRow> partners,
        FieldView organizationId,
        FieldView name,
        FieldView country,
        FieldView zone,
        FieldView language,
        List<Choice> languages,
        String savedName) {

    public PartnerAdminView {
        partners = List.copyOf(partners);
        languages = List.copyOf(languages);
    }

    public boolean saved() {
        return !savedName.isEmpty();
    }

    public boolean hasErrors() {
        return organizationId.hasError() || name.hasError() || country.hasError() || zone.hasError()
                || language.hasError();
    }
}
