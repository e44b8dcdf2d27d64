package io.paydesk.core.request.types;

import static org.assertj.core.api.Assertions.assertThat;

import io.paydesk.core.card.MaskedCardNumber;
import io.paydesk.core.common.Outcome;
import io.paydesk.core.common.Refusal;
import io.paydesk.core.dispute.transaction.Arn;
import io.paydesk.core.money.Money;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RequestTypeIntakeTest {

    /** Noon on 20 November 2026 in Tashkent. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T07:00:00Z"), ZoneId.of("Asia/Tashkent"));
    static final String PAN = "4111 1111 1111 1111";
    static final String PAN_MASKED = "4111 11** **** 1111";
    static final String ARN = "7" + "412345" + "6324" + "12345678901" + Arn.checkDigitFor("7412345632412345678901");

    static final List<String> LOYALTY = List.of("missing accrual", "LP-0012345", "624512345678", "1500", "2026-11-01",
            "Bought a TV at Texnomart, no points");
    static final List<String> REFUND = List.of("refund", "1250000", "UZS", "Texnomart Online", "15.11.2026",
            "624512345678", ARN, "Returned the TV on 1 Nov");
    static final List<String> TOP_UP = List.of("250000.00", "UZS", "cash terminal", "PAYNET-778812", "2026-11-19T18:30",
            "Paid cash, wallet not credited");
    static final List<String> BLOCK = List.of("block", PAN, "stolen", "no", "Phone and wallet stolen");
    static final List<String> KYC = List.of("CUST-88121", "sanctions hit", "Name matches an OFAC SDN entry");
    static final List<String> API = List.of("Humo Processing", "POST /v2/topups", "sev2", "2026-11-20T06:45:00Z",
            "c0ffee-1234:abcd", "HTTP_503", "Timeouts since 06:45");

    static Outcome<?> loyalty(List<String> t) {
        return LoyaltyClaimIntake.check(t.get(0), t.get(1), t.get(2), t.get(3), t.get(4), t.get(5), CLOCK);
    }

    static Outcome<?> refund(List<String> t) {
        return RefundNotReceivedIntake.check(t.get(0), t.get(1), t.get(2), t.get(3), t.get(4), t.get(5), t.get(6),
                t.get(7), CLOCK);
    }

    static Outcome<?> topUp(List<String> t) {
        return FailedTopUpIntake.check(t.get(0), t.get(1), t.get(2), t.get(3), t.get(4), t.get(5), CLOCK);
    }

    static Outcome<?> block(List<String> t) {
        return CardBlockIntake.check(t.get(0), t.get(1), t.get(2), t.get(3), t.get(4), CLOCK);
    }

    static Outcome<?> kyc(List<String> t) {
        return KycReviewIntake.check(t.get(0), t.get(1), t.get(2), CLOCK);
    }

    static Outcome<?> api(List<String> t) {
        return ApiIncidentIntake.check(t.get(0), t.get(1), t.get(2), t.get(3), t.get(4), t.get(5), t.get(6), CLOCK);
    }

    static List<String> with(List<String> good, int index, String bad) {
        String[] copy = good.toArray(String[]::new);
        copy[index] = bad;
        return Arrays.asList(copy);
    }

    static List<Refusal> refusals(Outcome<?> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Refused.class);
        return ((Outcome.Refused<?>) outcome).refusals();
    }

    @Test
    void aMissingAccrualClaimWithItsTransactionIsAccepted() {
        LoyaltyClaim claim = (LoyaltyClaim) loyalty(LOYALTY).orElseThrow();

        assertThat(claim.kind()).isEqualTo(LoyaltyClaim.Kind.MISSING_ACCRUAL);
        assertThat(claim.account().value()).isEqualTo("LP-0012345");
        assertThat(claim.transaction().orElseThrow().value()).isEqualTo("624512345678");
        assertThat(claim.points()).isEqualTo(Points.of(1500));
        assertThat(claim.transactionDate()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(claim.urgency()).isEqualTo(RequestType.Urgency.NORMAL);
        assertThat(claim.restrictedVisibility()).isFalse();
    }

    @Test
    void anExpiredPointsClaimNeedsNoTransaction() {
        LoyaltyClaim claim = (LoyaltyClaim) loyalty(with(with(LOYALTY, 0, "EXPIRED_POINTS"), 2, "")).orElseThrow();

        assertThat(claim.transaction()).isEmpty();
        assertThat(claim.points()).isEqualTo(Points.of(1500));
    }

    @Test
    void aRefundNotReceivedIsAcceptedWithItsReferences() {
        RefundNotReceived refund = (RefundNotReceived) refund(REFUND).orElseThrow();

        assertThat(refund.kind()).isEqualTo(RefundNotReceived.Kind.REFUND);
        assertThat(refund.amount()).isEqualTo(Money.of("UZS", "1250000.00"));
        assertThat(refund.merchant()).isEqualTo("Texnomart Online");
        assertThat(refund.expectedDate()).isEqualTo(LocalDate.of(2026, 11, 15));
        assertThat(refund.rrn().orElseThrow().value()).isEqualTo("624512345678");
        assertThat(refund.arn().orElseThrow().value()).isEqualTo(ARN);
    }

    @Test
    void anAtmWithdrawalNotReceivedNeedsNeitherRrnNorArn() {
        RefundNotReceived refund = (RefundNotReceived) refund(with(with(with(REFUND, 0, "atm-withdrawal"), 5, ""), 6, " "))
                .orElseThrow();

        assertThat(refund.kind()).isEqualTo(RefundNotReceived.Kind.ATM_WITHDRAWAL);
        assertThat(refund.rrn()).isEmpty();
        assertThat(refund.arn()).isEmpty();
    }

    @Test
    void aFailedTopUpIsAcceptedWithALocalTimeReadInThePartnersZone() {
        FailedTopUp topUp = (FailedTopUp) topUp(TOP_UP).orElseThrow();

        assertThat(topUp.amount()).isEqualTo(Money.of("UZS", "250000.00"));
        assertThat(topUp.channel()).isEqualTo(FailedTopUp.Channel.CASH_TERMINAL);
        assertThat(topUp.reference().value()).isEqualTo("PAYNET-778812");
        assertThat(topUp.occurredAt()).isEqualTo(Instant.parse("2026-11-19T13:30:00Z"));
    }

    @Test
    void aCardBlockIsAlwaysUrgentAndKeepsOnlyTheMaskedNumber() {
        CardBlock block = (CardBlock) block(BLOCK).orElseThrow();

        assertThat(block.action()).isEqualTo(CardBlock.Action.BLOCK);
        assertThat(block.card()).isEqualTo(MaskedCardNumber.parseMasked("411111******1111"));
        assertThat(block.reason()).isEqualTo(CardBlock.Reason.STOLEN);
        assertThat(block.urgency()).isEqualTo(RequestType.Urgency.URGENT);
        assertThat(block.toString()).doesNotContain("4111111111111111");
        for (String reason : List.of("lost", "compromised", "suspected fraud", "customer-request")) {
            assertThat(((CardBlock) block(with(BLOCK, 2, reason)).orElseThrow()).urgency())
                    .isEqualTo(RequestType.Urgency.URGENT);
        }
    }

    @Test
    void anUnblockWithVerifiedIdentityIsAccepted() {
        CardBlock unblock = (CardBlock) block(with(with(BLOCK, 0, "unblock"), 3, "yes")).orElseThrow();

        assertThat(unblock.action()).isEqualTo(CardBlock.Action.UNBLOCK);
        assertThat(unblock.identityVerified()).isTrue();
    }

    @Test
    void anUnblockWithoutVerifiedIdentityIsRefused() {
        assertThat(refusals(block(with(BLOCK, 0, "unblock"))))
                .containsExactly(Refusal.of("identityVerified", "no", "paydesk.error.cardBlock.identityVerified"));
        assertThat(refusals(block(with(with(BLOCK, 0, "unblock"), 3, ""))))
                .containsExactly(Refusal.of("identityVerified", "", "paydesk.error.cardBlock.identityVerified"));
    }

    @Test
    void aKycReviewIsAlwaysRestrictedToTheRiskRole() {
        KycReview review = (KycReview) kyc(KYC).orElseThrow();

        assertThat(review.subject().value()).isEqualTo("CUST-88121");
        assertThat(review.trigger()).isEqualTo(KycReview.Trigger.SANCTIONS_HIT);
        assertThat(review.restrictedVisibility()).isTrue();
        for (KycReview.Trigger trigger : KycReview.Trigger.values()) {
            assertThat(((KycReview) kyc(with(KYC, 1, trigger.name())).orElseThrow()).restrictedVisibility()).isTrue();
        }
    }

    @Test
    void anApiIncidentIsAcceptedAndSevereOnesAreUrgent() {
        ApiIncident incident = (ApiIncident) api(API).orElseThrow();

        assertThat(incident.partner()).isEqualTo("Humo Processing");
        assertThat(incident.operation()).isEqualTo("POST /v2/topups");
        assertThat(incident.severity()).isEqualTo(ApiIncident.Severity.SEV2);
        assertThat(incident.firstSeen()).isEqualTo(Instant.parse("2026-11-20T06:45:00Z"));
        assertThat(incident.correlationId()).isEqualTo("c0ffee-1234:abcd");
        assertThat(incident.errorCode()).isEqualTo("HTTP_503");
        assertThat(incident.urgency()).isEqualTo(RequestType.Urgency.URGENT);
        assertThat(((ApiIncident) api(with(API, 2, "SEV4")).orElseThrow()).urgency())
                .isEqualTo(RequestType.Urgency.NORMAL);
    }

    static Stream<Arguments> everyBadField() {
        Function<List<String>, Outcome<?>> l = RequestTypeIntakeTest::loyalty;
        Function<List<String>, Outcome<?>> r = RequestTypeIntakeTest::refund;
        Function<List<String>, Outcome<?>> t = RequestTypeIntakeTest::topUp;
        Function<List<String>, Outcome<?>> b = RequestTypeIntakeTest::block;
        Function<List<String>, Outcome<?>> k = RequestTypeIntakeTest::kyc;
        Function<List<String>, Outcome<?>> a = RequestTypeIntakeTest::api;
        String longText = "x".repeat(Fields.MAX_TEXT + 1);
        String longName = "x".repeat(Fields.MAX_NAME + 1);
        return Stream.of(
                bad("loyaltyClaim", l, LOYALTY, 0, "kind", "lost points"),
                bad("loyaltyClaim", l, LOYALTY, 0, "kind", ""),
                bad("loyaltyClaim", l, LOYALTY, 1, "accountId", "LP"),
                bad("loyaltyClaim", l, LOYALTY, 1, "accountId", "LP 001 234"),
                bad("loyaltyClaim", l, LOYALTY, 2, "rrn", "62451234"),
                bad("loyaltyClaim", l, LOYALTY, 2, "rrn", ""),
                bad("loyaltyClaim", l, LOYALTY, 3, "points", "0"),
                bad("loyaltyClaim", l, LOYALTY, 3, "points", "-50"),
                bad("loyaltyClaim", l, LOYALTY, 3, "points", "12.5"),
                bad("loyaltyClaim", l, LOYALTY, 3, "points", "lots"),
                bad("loyaltyClaim", l, LOYALTY, 4, "transactionDate", "2026-11-21"),
                bad("loyaltyClaim", l, LOYALTY, 4, "transactionDate", "31.02.2026"),
                bad("loyaltyClaim", l, LOYALTY, 4, "transactionDate", ""),
                bad("loyaltyClaim", l, LOYALTY, 5, "description", longText),
                bad("refundNotReceived", r, REFUND, 0, "kind", "chargeback"),
                bad("refundNotReceived", r, REFUND, 1, "amount", "0"),
                bad("refundNotReceived", r, REFUND, 1, "amount", "-10"),
                bad("refundNotReceived", r, REFUND, 1, "amount", "10.001"),
                bad("refundNotReceived", r, REFUND, 1, "amount", "ten"),
                bad("refundNotReceived", r, REFUND, 2, "currency", "SUM"),
                bad("refundNotReceived", r, REFUND, 3, "merchant", " "),
                bad("refundNotReceived", r, REFUND, 3, "merchant", longName),
                bad("refundNotReceived", r, REFUND, 4, "expectedDate", "2026-12-01"),
                bad("refundNotReceived", r, REFUND, 4, "expectedDate", "soon"),
                bad("refundNotReceived", r, REFUND, 5, "rrn", "ABC"),
                bad("refundNotReceived", r, REFUND, 6, "arn", ARN.substring(0, 22) + ((ARN.charAt(22) - '0' + 1) % 10)),
                bad("refundNotReceived", r, REFUND, 6, "arn", "12345"),
                bad("refundNotReceived", r, REFUND, 7, "description", longText),
                bad("failedTopUp", t, TOP_UP, 0, "amount", "0.00"),
                bad("failedTopUp", t, TOP_UP, 0, "amount", "1.5.0"),
                bad("failedTopUp", t, TOP_UP, 1, "currency", ""),
                bad("failedTopUp", t, TOP_UP, 2, "channel", "pigeon"),
                bad("failedTopUp", t, TOP_UP, 3, "reference", "AB"),
                bad("failedTopUp", t, TOP_UP, 3, "reference", "has space"),
                bad("failedTopUp", t, TOP_UP, 4, "occurredAt", "2026-11-20T12:00:01"),
                bad("failedTopUp", t, TOP_UP, 4, "occurredAt", "yesterday"),
                bad("failedTopUp", t, TOP_UP, 5, "description", longText),
                bad("cardBlock", b, BLOCK, 0, "action", "freeze"),
                bad("cardBlock", b, BLOCK, 1, "cardNumber", "4111 1111 1111 1112", "411111******1112"),
                bad("cardBlock", b, BLOCK, 1, "cardNumber", "4111"),
                bad("cardBlock", b, BLOCK, 1, "cardNumber", ""),
                bad("cardBlock", b, BLOCK, 2, "reason", "bored"),
                bad("cardBlock", b, BLOCK, 3, "identityVerified", "maybe"),
                bad("cardBlock", b, BLOCK, 4, "description", longText),
                bad("kycReview", k, KYC, 0, "customerId", "C1"),
                bad("kycReview", k, KYC, 1, "trigger", "gut feeling"),
                bad("kycReview", k, KYC, 2, "description", longText),
                bad("apiIncident", a, API, 0, "partner", ""),
                bad("apiIncident", a, API, 1, "operation", longName),
                bad("apiIncident", a, API, 2, "severity", "SEV5"),
                bad("apiIncident", a, API, 3, "firstSeen", "2026-11-20T07:00:01Z"),
                bad("apiIncident", a, API, 3, "firstSeen", "2026-13-01T00:00:00Z"),
                bad("apiIncident", a, API, 4, "correlationId", "with space"),
                bad("apiIncident", a, API, 4, "correlationId", ""),
                bad("apiIncident", a, API, 5, "errorCode", "x".repeat(65)),
                bad("apiIncident", a, API, 6, "description", longText));
    }

    static Arguments bad(String type, Function<List<String>, Outcome<?>> intake, List<String> good, int index,
            String field, String value) {
        return bad(type, intake, good, index, field, value, value);
    }

    static Arguments bad(String type, Function<List<String>, Outcome<?>> intake, List<String> good, int index,
            String field, String value, String shown) {
        return Arguments.of(type + "." + field + " = '" + abbreviate(value) + "'", intake, with(good, index, value),
                Refusal.of(field, shown, "paydesk.error." + type + "." + field));
    }

    private static String abbreviate(String value) {
        return value.length() > 30 ? value.substring(0, 30) + "…" : value;
    }

    @ParameterizedTest(name = "{0} is refused")
    @MethodSource("everyBadField")
    void everyWrongFieldIsRefusedWithItsValueAndKey(String name, Function<List<String>, Outcome<?>> intake,
            List<String> typed, Refusal expected) {
        List<Refusal> refusals = refusals(intake.apply(typed));

        assertThat(refusals).extracting(Refusal::field, Refusal::rejectedValue, Refusal::reasonKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(expected.field(), expected.rejectedValue(),
                        expected.reasonKey()));
        assertThat(RequestTypeKeys.ALL).contains(expected.reasonKey());
    }

    @Test
    void everyWrongFieldIsNamedAtOnce() {
        List<Refusal> refusals = refusals(LoyaltyClaimIntake.check("bogus", "x", "1", "0", "tomorrow", "", CLOCK));

        assertThat(refusals).extracting(Refusal::field)
                .containsExactly("kind", "accountId", "rrn", "points", "transactionDate");
    }

    @Test
    void aCardNumberTypedIntoFreeTextIsMaskedBeforeItIsKept() {
        String note = "Card " + PAN + " was used";
        String masked = "Card " + PAN_MASKED + " was used";

        assertThat(((LoyaltyClaim) loyalty(with(LOYALTY, 5, note)).orElseThrow()).description()).isEqualTo(masked);
        assertThat(((RefundNotReceived) refund(with(REFUND, 7, note)).orElseThrow()).description()).isEqualTo(masked);
        assertThat(((RefundNotReceived) refund(with(REFUND, 3, note)).orElseThrow()).merchant()).isEqualTo(masked);
        assertThat(((FailedTopUp) topUp(with(TOP_UP, 5, note)).orElseThrow()).description()).isEqualTo(masked);
        assertThat(((CardBlock) block(with(BLOCK, 4, note)).orElseThrow()).description()).isEqualTo(masked);
        assertThat(((KycReview) kyc(with(KYC, 2, note)).orElseThrow()).description()).isEqualTo(masked);
        ApiIncident incident = (ApiIncident) api(with(with(with(API, 0, note), 1, note), 6, note)).orElseThrow();
        assertThat(List.of(incident.partner(), incident.operation(), incident.description()))
                .containsOnly(masked);
    }

    @Test
    void aCardNumberTypedIntoAnIdentifierFieldIsRefusedAndShownMasked() {
        String pan = "4111111111111111";
        String masked = "411111******1111";
        assertThat(refusals(loyalty(with(LOYALTY, 1, pan))))
                .containsExactly(Refusal.of("accountId", masked, "paydesk.error.loyaltyClaim.accountId"));
        assertThat(refusals(loyalty(with(LOYALTY, 3, pan))))
                .containsExactly(Refusal.of("points", masked, "paydesk.error.loyaltyClaim.points"));
        assertThat(refusals(refund(with(REFUND, 1, pan))))
                .containsExactly(Refusal.of("amount", masked, "paydesk.error.refundNotReceived.amount"));
        assertThat(refusals(refund(with(REFUND, 5, pan))))
                .containsExactly(Refusal.of("rrn", masked, "paydesk.error.refundNotReceived.rrn"));
        assertThat(refusals(topUp(with(TOP_UP, 3, pan))))
                .containsExactly(Refusal.of("reference", masked, "paydesk.error.failedTopUp.reference"));
        assertThat(refusals(kyc(with(KYC, 0, pan))))
                .containsExactly(Refusal.of("customerId", masked, "paydesk.error.kycReview.customerId"));
        assertThat(refusals(api(with(API, 4, pan))))
                .containsExactly(Refusal.of("correlationId", masked, "paydesk.error.apiIncident.correlationId"));
    }
}
