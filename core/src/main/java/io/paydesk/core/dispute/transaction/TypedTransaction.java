package io.paydesk.core.dispute.transaction;

/**
 * The transaction facts exactly as a person typed them on a form (partner portal, agent screen), before
 * any check. Blank optional fields are left empty or null.
 */
public record TypedTransaction(
        String rrn,
        String arn,
        String authorizationCode,
        String transactionDate,
        String settlementDate,
        String merchantName,
        String mcc,
        boolean atm) {

    /** Field names used in refusals, the same as the record components. */
    public static final String RRN = "rrn";
    public static final String ARN = "arn";
    public static final String AUTHORIZATION_CODE = "authorizationCode";
    public static final String TRANSACTION_DATE = "transactionDate";
    public static final String SETTLEMENT_DATE = "settlementDate";
    public static final String MERCHANT_NAME = "merchantName";
    public static final String MCC = "mcc";
}
