package io.paydesk.app.dispute.jira;

import com.atlassian.jira.issue.Issue;
import io.paydesk.app.request.jira.JiraCatalogueFields;
import io.paydesk.core.dispute.TypedDispute;
import io.paydesk.core.dispute.desk.DisputeDesk;
import io.paydesk.core.dispute.transaction.TypedTransaction;
import io.paydesk.core.partner.PartnerBank;
import io.paydesk.core.setup.FieldSpec;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the payment-dispute fields of a Jira issue (the custom fields project setup creates) into the domain's
 * {@link TypedDispute}, exactly as typed, through {@link JiraCatalogueFields}, plus the partner bank behind the request.
 */
@Named
public class JiraDisputeFields {

    /** The domain's name of the card field; project setup's key for it differs. */
    static final String CARD_SETUP_KEY = "cardNumber";
    static final String DISPUTE_ISSUE_TYPE = "paymentDispute";

    private final JiraCatalogueFields fields;
    /** Domain field name → the setup field holding it. */
    private final Map<String, FieldSpec> specs = new HashMap<>();

    @Inject
    public JiraDisputeFields(JiraCatalogueFields fields) {
        this.fields = fields;
        for (FieldSpec spec : fields.issueType(DISPUTE_ISSUE_TYPE).fields()) {
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
        return fields.partner(issue);
    }

    /** Jira's id of the field holding the domain field {@code field} ({@code customfield_10010}), if any. */
    public Optional<String> jiraFieldId(String field) {
        FieldSpec spec = specs.get(field);
        return spec == null ? Optional.empty() : fields.jiraFieldId(spec);
    }

    private String text(Issue issue, String field) {
        FieldSpec spec = specs.get(field);
        return spec == null ? "" : fields.text(issue, spec);
    }
}
