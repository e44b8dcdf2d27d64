package io.paydesk.app.request.jira;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.paydesk.app.request.CardNumberMask;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Masks every card number typed into an issue's summary, description and text custom fields (the "Card number"
 * field and any other), on the {@link MutableIssue} only: Jira writes the masked values when the transition stores the
 * issue ("Creates the issue originally" on the create transition). Fields without a card number are left untouched.
 */
@Named
public class JiraCardNumberMask {

    static final String SUMMARY = "summary";
    static final String DESCRIPTION = "description";

    private final CustomFieldManager customFields;

    @Inject
    public JiraCardNumberMask(@ComponentImport CustomFieldManager customFields) {
        this.customFields = customFields;
    }

    /** Masks the issue's fields in place; returns the Jira ids of the fields it changed (never their values). */
    public List<String> mask(MutableIssue issue) {
        List<String> changed = new ArrayList<>();
        Map<String, String> system = new LinkedHashMap<>();
        system.put(SUMMARY, issue.getSummary());
        system.put(DESCRIPTION, issue.getDescription());
        Map<String, String> maskedSystem = CardNumberMask.changes(system);
        if (maskedSystem.containsKey(SUMMARY)) {
            issue.setSummary(maskedSystem.get(SUMMARY));
            changed.add(SUMMARY);
        }
        if (maskedSystem.containsKey(DESCRIPTION)) {
            issue.setDescription(maskedSystem.get(DESCRIPTION));
            changed.add(DESCRIPTION);
        }
        Map<CustomField, Object> values = new LinkedHashMap<>();
        for (CustomField field : customFields.getCustomFieldObjects()) {
            values.put(field, issue.getCustomFieldValue(field));
        }
        CardNumberMask.changes(values).forEach((field, masked) -> {
            issue.setCustomFieldValue(field, masked);
            changed.add(field.getId());
        });
        return List.copyOf(changed);
    }
}
