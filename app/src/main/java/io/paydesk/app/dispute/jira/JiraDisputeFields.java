package io.paydesk.app.dispute.jira;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.paydesk.app.dispute.Disputes;
import io.paydesk.app.request.jira.JiraRequestSnapshots;
import io.paydesk.core.dispute.TypedDispute;
import io.paydesk.core.dispute.desk.DisputeDesk;
import io.paydesk.core.dispute.transaction.TypedTransaction;
import io.paydesk.core.partner.PartnerBank;
import io.paydesk.core.partner.PartnerDirectory;
import io.paydesk.core.setup.FieldSpec;
import io.paydesk.core.setup.IssueTypeSpec;
import io.paydesk.core.setup.SetupCatalogue;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the payment-dispute fields of a Jira issue (the custom fields project setup creates, found by their English
 * names) into the domain's {@link TypedDispute}, exactly as typed, plus the partner bank behind the request. Select
 * lists give their option's value, a number field its shortest decimal text (never used as a floating-point
 * amount), a date picker its calendar date.
 */
@Named
public class JiraDisputeFields {

    /** The domain's name of the card field; project setup's key for it differs. */
    static final String CARD_SETUP_KEY = "cardNumber";
    static final String DISPUTE_ISSUE_TYPE = "paymentDispute";

    private final CustomFieldManager customFields;
    private final JiraRequestSnapshots snapshots;
    private final PartnerDirectory partners;
    /** Domain field name → the setup field holding it. */
    private final Map<String, FieldSpec> specs = new HashMap<>();

    @Inject
    public JiraDisputeFields(@ComponentImport CustomFieldManager customFields, JiraRequestSnapshots snapshots,
            PartnerDirectory partners, Disputes disputes) {
        this.customFields = customFields;
        this.snapshots = snapshots;
        this.partners = partners;
        IssueTypeSpec disputeType = SetupCatalogue.paydesk(disputes.schemes()).issueTypes().stream()
                .filter(type -> type.key().equals(DISPUTE_ISSUE_TYPE)).findFirst().orElseThrow();
        for (FieldSpec spec : disputeType.fields()) {
            specs.put(spec.key().equals(CARD_SETUP_KEY) ? DisputeDesk.CARD_FIELD : spec.key(), spec);
        }
    }

    /** The dispute as the partner typed it on the request. */
    public TypedDispute dispute(Issue issue) {
        return new TypedDispute(text(issue, TypedDispute.SCHEME), text(issue, TypedDispute.REASON_CODE),
                text(issue, TypedDispute.AMOUNT), text(issue, TypedDispute.CURRENCY),
                text(issue, TypedDispute.EXPECTED_SERVICE_DATE),
                new TypedTransaction(text(issue, TypedTransaction.RRN), text(issue, TypedTransaction.ARN),
                        text(issue, TypedTransaction.AUTHORIZATION_CODE), text(issue, TypedTransaction.TRANSACTION_DATE),
                        text(issue, TypedTransaction.SETTLEMENT_DATE), text(issue, TypedTransaction.MERCHANT_NAME),
                        text(issue, TypedTransaction.MCC), "Yes".equalsIgnoreCase(text(issue, "atm"))));
    }

    /** The card number as typed (masked by the domain before anything is stored or shown). */
    public String card(Issue issue) {
        return text(issue, DisputeDesk.CARD_FIELD);
    }

    /** The partner bank of the request's organization, if the request has one and it is configured. */
    public Optional<PartnerBank> partner(Issue issue) {
        return snapshots.partnerOf(issue).flatMap(partners::find);
    }

    /** Jira's id of the field holding the domain field {@code field} ({@code customfield_10010}), if any. */
    public Optional<String> jiraFieldId(String field) {
        FieldSpec spec = specs.get(field);
        if (spec == null) {
            return Optional.empty();
        }
        Collection<CustomField> found = customFields.getCustomFieldObjectsByName(spec.name());
        return found == null ? Optional.empty() : found.stream().map(CustomField::getId).findFirst();
    }

    private String text(Issue issue, String field) {
        FieldSpec spec = specs.get(field);
        Collection<CustomField> found = spec == null ? null : customFields.getCustomFieldObjectsByName(spec.name());
        if (found == null) {
            return "";
        }
        for (CustomField customField : found) {
            Object value = issue.getCustomFieldValue(customField);
            if (value != null) {
                return typed(value);
            }
        }
        return "";
    }

    /** A field value as the text a person would have typed. */
    static String typed(Object value) {
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
}
