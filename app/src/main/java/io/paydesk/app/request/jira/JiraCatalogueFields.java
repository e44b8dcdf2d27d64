package io.paydesk.app.request.jira;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.paydesk.app.dispute.Disputes;
import io.paydesk.core.partner.PartnerBank;
import io.paydesk.core.partner.PartnerDirectory;
import io.paydesk.core.setup.FieldSpec;
import io.paydesk.core.setup.FieldType;
import io.paydesk.core.setup.IssueTypeSpec;
import io.paydesk.core.setup.SetupCatalogue;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the fields project setup created ({@link SetupCatalogue}: custom fields found by their English names) from a
 * Jira issue, each as the text a person typed: a select list gives its option's value, a number field its shortest
 * decimal text (never used as a floating-point amount), a date picker its calendar date, a date-time picker its
 * instant in ISO-8601. Also finds the issue's catalogue type by the issue type's English name, Jira's id of a field
 * (for per-field errors) and the partner bank behind the request. The one way the app reads catalogue fields.
 */
@Named
public class JiraCatalogueFields {

    private final CustomFieldManager customFields;
    private final JiraRequestSnapshots snapshots;
    private final PartnerDirectory partners;
    private final SetupCatalogue catalogue;

    @Inject
    public JiraCatalogueFields(@ComponentImport CustomFieldManager customFields, JiraRequestSnapshots snapshots,
            PartnerDirectory partners, Disputes disputes) {
        this.customFields = customFields;
        this.snapshots = snapshots;
        this.partners = partners;
        this.catalogue = SetupCatalogue.paydesk(disputes.schemes());
    }

    /** The catalogue's issue type of that key ({@code paymentDispute}, {@code cardBlock} …). */
    public IssueTypeSpec issueType(String key) {
        return catalogue.issueTypes().stream().filter(type -> type.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no issue type " + key + " in the setup catalogue"));
    }

    /** The catalogue's type of the issue, matched by the issue type's (English) name; empty for any other type. */
    public Optional<IssueTypeSpec> issueTypeOf(Issue issue) {
        String name = issue.getIssueType() == null ? null : issue.getIssueType().getName();
        return name == null ? Optional.empty()
                : catalogue.issueTypes().stream().filter(type -> type.name().equalsIgnoreCase(name.strip())).findFirst();
    }

    /** Every field of the type, by catalogue key, as typed; a field not filled in reads as blank. */
    public Map<String, String> typed(Issue issue, IssueTypeSpec type) {
        Map<String, String> typed = new LinkedHashMap<>();
        for (FieldSpec field : type.fields()) {
            typed.put(field.key(), text(issue, field));
        }
        return typed;
    }

    /** One field's value as typed; blank when the field does not exist or is empty. */
    public String text(Issue issue, FieldSpec field) {
        Collection<CustomField> found = customFields.getCustomFieldObjectsByName(field.name());
        if (found == null) {
            return "";
        }
        for (CustomField customField : found) {
            Object value = issue.getCustomFieldValue(customField);
            if (value != null) {
                return field.type() == FieldType.DATE_TIME ? moment(value) : typed(value);
            }
        }
        return "";
    }

    /** Jira's id of the custom field ({@code customfield_10010}), if project setup created it. */
    public Optional<String> jiraFieldId(FieldSpec field) {
        Collection<CustomField> found = customFields.getCustomFieldObjectsByName(field.name());
        return found == null ? Optional.empty() : found.stream().map(CustomField::getId).findFirst();
    }

    /** The partner bank of the request's organization, if the request has one and it is configured. */
    public Optional<PartnerBank> partner(Issue issue) {
        return snapshots.partnerOf(issue).flatMap(partners::find);
    }

    /** A field value as the text a person would have typed. */
    public static String typed(Object value) {
        return switch (value) {
            case null -> "";
            case String text -> text;
            case Option option -> option.getValue() == null ? "" : option.getValue();
            // Double.toString is the shortest text that reads back as the same number: what was typed.
            case Number number -> new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
            // A date picker keeps the day at midnight in the server's zone; reading it back in that zone gives the day.
            case Date date -> new Timestamp(date.getTime()).toLocalDateTime().toLocalDate().toString();
            case Collection<?> values -> values.isEmpty() ? "" : typed(values.iterator().next());
            default -> String.valueOf(value);
        };
    }

    /** A date-time picker's value: the instant it holds ({@code 2026-11-20T10:15:00Z}), whatever the server's zone. */
    static String moment(Object value) {
        return value instanceof Date date ? Instant.ofEpochMilli(date.getTime()).toString() : typed(value);
    }
}
