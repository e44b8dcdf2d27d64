package io.paydesk.core.dispute;

import io.paydesk.core.dispute.transaction.TypedTransaction;

/** A dispute as typed on the partner portal or the agent's screen, before any check. */
public record TypedDispute(
        String scheme,
        String reasonCode,
        String amount,
        String currency,
        String expectedServiceDate,
        TypedTransaction transaction) {

    /** Field names used in refusals. */
    public static final String SCHEME = "scheme";
    public static final String REASON_CODE = "reasonCode";
    public static final String AMOUNT = "amount";
    public static final String CURRENCY = "currency";
    public static final String EXPECTED_SERVICE_DATE = "expectedServiceDate";
}
