package io.paydesk.core.setup;

import io.paydesk.core.dispute.scheme.CardScheme;
import io.paydesk.core.dispute.scheme.SchemeCatalogue;
import io.paydesk.core.request.types.ApiIncident;
import io.paydesk.core.request.types.CardBlock;
import io.paydesk.core.request.types.FailedTopUp;
import io.paydesk.core.request.types.KycReview;
import io.paydesk.core.request.types.LoyaltyClaim;
import io.paydesk.core.request.types.RefundNotReceived;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Everything Paydesk needs in a JSM project: its issue types, their custom fields (built-in Jira types only,
 * because the customer portal shows no others), a screen per issue type and a portal request type per issue
 * type. Names are the English ones Jira stores; users see them translated through the keys.
 */
public final class SetupCatalogue {

    /** Screens Paydesk creates are named {@code Paydesk: <issue type>}, with one tab. */
    public static final String SCREEN_PREFIX = "Paydesk: ";
    public static final String SCREEN_TAB = "Paydesk";

    /** Currencies offered on the portal: the partners' home currencies and the usual settlement ones. */
    public static final List<String> CURRENCIES = List.of("UZS", "KZT", "UAH", "PLN", "USD", "EUR", "GBP", "RUB",
            "CNY");
    static final List<String> YES_NO = List.of("Yes", "No");

    /** The card number field's help, as the partner reads it (the app's bundles carry it translated). */
    public static final String CARD_NUMBER_HELP = "Type the full card number (13 to 19 digits; its check digit is"
            + " verified). Paydesk masks it to the first six and last four digits before the request is stored.";

    private final List<IssueTypeSpec> issueTypes;

    public SetupCatalogue(List<IssueTypeSpec> issueTypes) {
        this.issueTypes = List.copyOf(issueTypes);
        Map<String, FieldSpec> byName = new LinkedHashMap<>();
        for (IssueTypeSpec type : this.issueTypes) {
            for (FieldSpec field : type.fields()) {
                FieldSpec earlier = byName.putIfAbsent(field.name(), field);
                if (earlier != null && !earlier.equals(field)) {
                    throw new IllegalArgumentException("two different fields named " + field.name());
                }
            }
        }
    }

    /** What Paydesk ships: the seven request types of the card and loyalty domain. */
    public static SetupCatalogue paydesk() {
        return paydesk(SchemeCatalogue.shipped());
    }

    public static SetupCatalogue paydesk(SchemeCatalogue schemes) {
        FieldSpec rrn = text("rrn", "Transaction reference (RRN)", "12-digit retrieval reference number of the card transaction.");
        FieldSpec arn = text("arn", "Acquirer reference number (ARN)", "23-digit reference the acquirer gave the transaction.");
        FieldSpec authCode = text("authorizationCode", "Authorization code", "6-character approval code of the transaction.");
        FieldSpec transactionDate = field("transactionDate", "Transaction date", "The day the card was used.", FieldType.DATE);
        FieldSpec settlementDate = field("settlementDate", "Settlement date", "The day the transaction settled.", FieldType.DATE);
        FieldSpec merchant = text("merchantName", "Merchant name", "The merchant as shown on the statement.");
        FieldSpec mcc = text("mcc", "Merchant category code (MCC)", "4-digit merchant category code.");
        FieldSpec atm = select("atm", "ATM or terminal transaction", "Whether the transaction was made at an ATM.", YES_NO);
        // The partner types the full number, so its check digit can be verified; Paydesk masks it before Jira stores it.
        FieldSpec card = text("cardNumber", "Card number (masked)", CARD_NUMBER_HELP);
        FieldSpec amount = field("amount", "Amount", "The amount in question.", FieldType.NUMBER);
        FieldSpec currency = select("currency", "Currency", "ISO 4217 currency of the amount.", CURRENCIES);
        FieldSpec scheme = select("scheme", "Card scheme", "The card scheme that processed the transaction.",
                schemes.schemes().stream().map(CardScheme::id).map(Object::toString).toList());
        FieldSpec reasonCode = text("reasonCode", "Reason code", "The scheme's dispute reason code.");
        FieldSpec expectedService = field("expectedServiceDate", "Expected service date",
                "When the goods or services were due.", FieldType.DATE);

        FieldSpec loyaltyKind = select("loyaltyKind", "Loyalty claim kind", "What went wrong with the points.",
                options(LoyaltyClaim.Kind.values()));
        FieldSpec loyaltyAccount = text("loyaltyAccount", "Loyalty account", "The cardholder's loyalty account number.");
        FieldSpec points = field("points", "Points claimed", "How many points are missing or wrong.", FieldType.NUMBER);

        FieldSpec refundKind = select("refundKind", "Refund or withdrawal", "A merchant refund or an ATM withdrawal.",
                options(RefundNotReceived.Kind.values()));
        FieldSpec expectedCredit = field("expectedCreditDate", "Expected credit date",
                "When the money should have arrived.", FieldType.DATE);

        FieldSpec channel = select("topUpChannel", "Top-up channel", "How the top-up was made.",
                options(FailedTopUp.Channel.values()));
        FieldSpec topUpReference = text("topUpReference", "Top-up reference", "The reference of the payment.");
        FieldSpec topUpTime = field("topUpTime", "Top-up time", "When the top-up was attempted.", FieldType.DATE_TIME);

        FieldSpec cardAction = select("cardAction", "Block or unblock", "What to do with the card.",
                options(CardBlock.Action.values()));
        FieldSpec blockReason = select("blockReason", "Block reason", "Why the card is blocked.",
                options(CardBlock.Reason.values()));
        FieldSpec identity = select("identityVerified", "Identity verified", "Whether the caller's identity was checked.",
                YES_NO);

        FieldSpec customerId = text("customerId", "Customer ID", "The bank's id of the customer under review.");
        FieldSpec trigger = select("kycTrigger", "Review trigger", "What started the review.",
                options(KycReview.Trigger.values()));

        FieldSpec partner = text("partner", "Partner", "The partner whose API failed.");
        FieldSpec operation = text("apiOperation", "API operation", "The call that failed.");
        FieldSpec severity = select("severity", "Severity", "SEV1 is a full outage.", options(ApiIncident.Severity.values()));
        FieldSpec firstSeen = field("firstSeen", "First seen", "When the failure was first noticed.", FieldType.DATE_TIME);
        FieldSpec correlationId = text("correlationId", "Correlation ID", "The request or trace id of a failed call.");
        FieldSpec errorCode = text("errorCode", "Error code", "The error code the API returned.");

        return new SetupCatalogue(List.of(
                new IssueTypeSpec("paymentDispute", "Payment dispute", "A cardholder disputes a card payment.",
                        List.of(scheme, reasonCode, card, rrn, arn, authCode, transactionDate, settlementDate, merchant,
                                mcc, atm, amount, currency, expectedService),
                        new RequestTypeSpec("paymentDispute", "Dispute a card payment",
                                "A payment the cardholder does not recognise, did not get, or was charged wrongly for.")),
                new IssueTypeSpec("loyaltyClaim", "Loyalty claim", "Points missing, wrong, expired or not redeemed.",
                        List.of(loyaltyKind, loyaltyAccount, rrn, points, transactionDate),
                        new RequestTypeSpec("loyaltyClaim", "Claim loyalty points",
                                "Points that were not credited, were credited wrongly, expired or could not be redeemed.")),
                new IssueTypeSpec("refundNotReceived", "Refund or withdrawal not received",
                        "A merchant refund or ATM cash that never arrived.",
                        List.of(refundKind, amount, currency, merchant, expectedCredit, rrn, arn),
                        new RequestTypeSpec("refundNotReceived", "Report a missing refund or ATM withdrawal",
                                "A refund the merchant promised, or cash the ATM did not give out.")),
                new IssueTypeSpec("failedTopUp", "Failed top-up", "Money was taken but the balance did not grow.",
                        List.of(amount, currency, channel, topUpReference, topUpTime),
                        new RequestTypeSpec("failedTopUp", "Report a failed top-up",
                                "A top-up that was paid but did not reach the balance.")),
                new IssueTypeSpec("cardBlock", "Card block/unblock", "Block a card at once, or unblock it after checks.",
                        List.of(cardAction, card, blockReason, identity),
                        new RequestTypeSpec("cardBlock", "Block or unblock a card",
                                "Lost, stolen or compromised cards are blocked at once.")),
                new IssueTypeSpec("kycReview", "KYC/AML review", "A know-your-customer or anti-money-laundering review.",
                        List.of(customerId, trigger),
                        new RequestTypeSpec("kycReview", "Request a KYC/AML review",
                                "Seen only by the risk and AML team.")),
                new IssueTypeSpec("apiIncident", "Partner API incident", "A partner's integration is failing.",
                        List.of(partner, operation, severity, firstSeen, correlationId, errorCode),
                        new RequestTypeSpec("apiIncident", "Report a partner API incident",
                                "Failing or slow calls between a partner and the bank."))));
    }

    public List<IssueTypeSpec> issueTypes() {
        return issueTypes;
    }

    /** Every distinct field, in the order it first appears. */
    public List<FieldSpec> fields() {
        Map<String, FieldSpec> byName = new LinkedHashMap<>();
        issueTypes.forEach(type -> type.fields().forEach(field -> byName.putIfAbsent(field.name(), field)));
        return List.copyOf(byName.values());
    }

    /** The issue types that carry a field (its context in the project). */
    public List<IssueTypeSpec> issueTypesWith(FieldSpec field) {
        List<IssueTypeSpec> carriers = new ArrayList<>();
        for (IssueTypeSpec type : issueTypes) {
            if (type.fields().contains(field)) {
                carriers.add(type);
            }
        }
        return carriers;
    }

    private static FieldSpec text(String key, String name, String description) {
        return field(key, name, description, FieldType.TEXT);
    }

    private static FieldSpec field(String key, String name, String description, FieldType type) {
        return new FieldSpec(key, name, description, type, List.of());
    }

    private static FieldSpec select(String key, String name, String description, List<String> options) {
        return new FieldSpec(key, name, description, FieldType.SELECT, options);
    }

    /** Enum constants as option labels ("MISSING_ACCRUAL" → "Missing accrual"), which the intakes read back. */
    static List<String> options(Enum<?>... values) {
        return Arrays.stream(values).map(value -> {
            String words = value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
            return Character.toUpperCase(words.charAt(0)) + words.substring(1);
        }).map(label -> label.replace("Sev", "SEV").replace("Atm ", "ATM ")).toList();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SetupCatalogue that && issueTypes.equals(that.issueTypes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(issueTypes);
    }
}
