package io.paydesk.core.request.types;

import java.util.List;

/**
 * Every message key the request types put in a {@link io.paydesk.core.common.Refusal}. Field refusals use
 * {@code paydesk.error.<type>.<field>}, the field being the one the refusal names. Arguments follow
 * {@link java.text.MessageFormat}. The English texts are handed to the lead for the bundles.
 */
public final class RequestTypeKeys {

    public static final String LOYALTY_CLAIM = "loyaltyClaim";
    public static final String REFUND = "refundNotReceived";
    public static final String TOP_UP = "failedTopUp";
    public static final String CARD_BLOCK = "cardBlock";
    public static final String KYC = "kycReview";
    public static final String API_INCIDENT = "apiIncident";

    public static final String BALANCE_DEBIT_NEGATIVE = "paydesk.error.pointsBalance.debitNegative";
    public static final String BALANCE_INSUFFICIENT = "paydesk.error.pointsBalance.insufficient";

    private RequestTypeKeys() {
    }

    public static String key(String type, String field) {
        return "paydesk.error." + type + "." + field;
    }

    /** All keys, for bundle-completeness checks. */
    public static final List<String> ALL = List.of(
            key(LOYALTY_CLAIM, "kind"), key(LOYALTY_CLAIM, "accountId"), key(LOYALTY_CLAIM, "rrn"),
            key(LOYALTY_CLAIM, "points"), key(LOYALTY_CLAIM, "transactionDate"), key(LOYALTY_CLAIM, "description"),
            key(LOYALTY_CLAIM, "movedAt"), key(LOYALTY_CLAIM, "adjustment"), key(LOYALTY_CLAIM, "rejectionReason"),
            key(REFUND, "kind"), key(REFUND, "amount"), key(REFUND, "currency"), key(REFUND, "merchant"),
            key(REFUND, "expectedDate"), key(REFUND, "rrn"), key(REFUND, "arn"), key(REFUND, "description"),
            key(REFUND, "movedAt"), key(REFUND, "credited"), key(REFUND, "rejectionReason"),
            key(TOP_UP, "amount"), key(TOP_UP, "currency"), key(TOP_UP, "channel"), key(TOP_UP, "reference"),
            key(TOP_UP, "occurredAt"), key(TOP_UP, "description"), key(TOP_UP, "movedAt"), key(TOP_UP, "credited"),
            key(TOP_UP, "findings"),
            key(CARD_BLOCK, "action"), key(CARD_BLOCK, "cardNumber"), key(CARD_BLOCK, "reason"),
            key(CARD_BLOCK, "identityVerified"), key(CARD_BLOCK, "description"), key(CARD_BLOCK, "movedAt"),
            key(CARD_BLOCK, "unblockRequest"),
            key(KYC, "customerId"), key(KYC, "trigger"), key(KYC, "description"), key(KYC, "movedAt"),
            key(KYC, "escalationReason"), key(KYC, "reportReference"),
            key(API_INCIDENT, "partner"), key(API_INCIDENT, "operation"), key(API_INCIDENT, "severity"),
            key(API_INCIDENT, "firstSeen"), key(API_INCIDENT, "correlationId"), key(API_INCIDENT, "errorCode"),
            key(API_INCIDENT, "description"), key(API_INCIDENT, "movedAt"),
            BALANCE_DEBIT_NEGATIVE, BALANCE_INSUFFICIENT);
}
