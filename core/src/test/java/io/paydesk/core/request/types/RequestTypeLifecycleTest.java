package io.paydesk.core.request.types;

import static io.paydesk.core.request.types.RequestTypeIntakeTest.BLOCK;
import static io.paydesk.core.request.types.RequestTypeIntakeTest.PAN;
import static io.paydesk.core.request.types.RequestTypeIntakeTest.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.paydesk.core.common.Outcome;
import io.paydesk.core.common.Refusal;
import io.paydesk.core.money.Money;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RequestTypeLifecycleTest {

    static final Instant T0 = Instant.parse("2026-11-20T07:00:00Z");
    static final Instant T1 = T0.plusSeconds(3600);
    static final Instant T2 = T1.plusSeconds(3600);
    static final Instant T3 = T2.plusSeconds(3600);
    static final Instant EARLIER = T0.minusSeconds(60);

    static LoyaltyClaim claim() {
        return (LoyaltyClaim) RequestTypeIntakeTest.loyalty(RequestTypeIntakeTest.LOYALTY).orElseThrow();
    }

    static RefundNotReceived refund() {
        return (RefundNotReceived) RequestTypeIntakeTest.refund(RequestTypeIntakeTest.REFUND).orElseThrow();
    }

    static FailedTopUp topUp() {
        return (FailedTopUp) RequestTypeIntakeTest.topUp(RequestTypeIntakeTest.TOP_UP).orElseThrow();
    }

    static CardBlock block(List<String> typed) {
        return (CardBlock) RequestTypeIntakeTest.block(typed).orElseThrow();
    }

    static KycReview kyc() {
        return (KycReview) RequestTypeIntakeTest.kyc(RequestTypeIntakeTest.KYC).orElseThrow();
    }

    static ApiIncident incident() {
        return (ApiIncident) RequestTypeIntakeTest.api(RequestTypeIntakeTest.API).orElseThrow();
    }

    static void refusedWith(Outcome<?> outcome, String field, String key) {
        assertThat(outcome).isInstanceOf(Outcome.Refused.class);
        List<Refusal> refusals = ((Outcome.Refused<?>) outcome).refusals();
        assertThat(refusals).extracting(Refusal::field, Refusal::reasonKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(field, key));
        assertThat(RequestTypeKeys.ALL).contains(key);
    }

    @Test
    void aLoyaltyClaimGoesToThePartnerIsApprovedAndClosed() {
        var validating = LoyaltyClaimCase.submit(claim(), T0).sendToPartner(T1).orElseThrow();
        var approved = validating.approve(Points.of(1200), T2).orElseThrow();
        var closed = approved.close(T3).orElseThrow();

        assertThat(approved.adjustment()).isEqualTo(Points.of(1200));
        assertThat(closed.decision()).isEqualTo(approved);
        assertThat(closed.claim()).isEqualTo(claim());
        assertThat(closed.since()).isEqualTo(T3);
    }

    @Test
    void aRejectedLoyaltyClaimKeepsItsReasonMaskedAndCloses() {
        var validating = LoyaltyClaimCase.submit(claim(), T0).sendToPartner(T1).orElseThrow();
        var rejected = validating.reject("Not an eligible purchase on card " + PAN, T2).orElseThrow();

        assertThat(rejected.reason()).isEqualTo("Not an eligible purchase on card 4111 11** **** 1111");
        assertThat(rejected.close(T3).orElseThrow().decision()).isEqualTo(rejected);
    }

    @Test
    void aLoyaltyClaimRefusesAnAdjustmentOfZeroOrAboveTheClaimAndStepsOutOfOrder() {
        var validating = LoyaltyClaimCase.submit(claim(), T0).sendToPartner(T1).orElseThrow();

        refusedWith(validating.approve(Points.ZERO, T2), "adjustment", "paydesk.error.loyaltyClaim.adjustment");
        refusedWith(validating.approve(Points.of(-5), T2), "adjustment", "paydesk.error.loyaltyClaim.adjustment");
        refusedWith(validating.approve(Points.of(1501), T2), "adjustment", "paydesk.error.loyaltyClaim.adjustment");
        refusedWith(validating.reject(" ", T2), "rejectionReason", "paydesk.error.loyaltyClaim.rejectionReason");
        refusedWith(validating.approve(Points.of(10), T0), "movedAt", "paydesk.error.loyaltyClaim.movedAt");
        refusedWith(LoyaltyClaimCase.submit(claim(), T1).sendToPartner(T0), "movedAt",
                "paydesk.error.loyaltyClaim.movedAt");
    }

    @Test
    void aRefundIsTracedThenCreditedOrRejected() {
        var traced = RefundCase.open(refund(), T0).traced(T1).orElseThrow();

        var credited = traced.credited(Money.of("UZS", "1250000"), T2).orElseThrow();
        assertThat(credited.resolution()).isEqualTo(RefundCase.Resolution.CREDITED);
        assertThat(credited.credited()).contains(Money.of("UZS", "1250000"));

        var rejected = traced.rejected("Refund was paid on 3 Nov", T2).orElseThrow();
        assertThat(rejected.resolution()).isEqualTo(RefundCase.Resolution.REJECTED);
        assertThat(rejected.credited()).isEmpty();
    }

    @Test
    void aRefundCreditAboveTheClaimOrInAnotherCurrencyOrOutOfOrderIsRefused() {
        var traced = RefundCase.open(refund(), T0).traced(T1).orElseThrow();

        refusedWith(traced.credited(Money.of("UZS", "1250000.01"), T2), "credited",
                "paydesk.error.refundNotReceived.credited");
        refusedWith(traced.credited(Money.of("EUR", "10"), T2), "credited", "paydesk.error.refundNotReceived.credited");
        refusedWith(traced.credited(Money.of("UZS", "0"), T2), "credited", "paydesk.error.refundNotReceived.credited");
        refusedWith(traced.rejected("", T2), "rejectionReason", "paydesk.error.refundNotReceived.rejectionReason");
        refusedWith(traced.credited(Money.of("UZS", "10"), T0), "movedAt", "paydesk.error.refundNotReceived.movedAt");
        refusedWith(RefundCase.open(refund(), T0).traced(EARLIER), "movedAt", "paydesk.error.refundNotReceived.movedAt");
    }

    @Test
    void aFailedTopUpIsInvestigatedThenCreditedOrReversed() {
        var investigated = TopUpCase.open(topUp(), T0).investigated("Terminal batch stuck", T1).orElseThrow();

        assertThat(investigated.credited(Money.of("UZS", "250000"), T2).orElseThrow().amount())
                .isEqualTo(Money.of("UZS", "250000"));
        assertThat(investigated.reversed(T2).orElseThrow().since()).isEqualTo(T2);
        refusedWith(investigated.credited(Money.of("UZS", "250000.01"), T2), "credited",
                "paydesk.error.failedTopUp.credited");
        refusedWith(investigated.reversed(T0), "movedAt", "paydesk.error.failedTopUp.movedAt");
        refusedWith(TopUpCase.open(topUp(), T0).investigated(null, T1), "findings", "paydesk.error.failedTopUp.findings");
    }

    @Test
    void aBlockedCardIsUnblockedOnlyByAVerifiedUnblockOfTheSameCard() {
        CardBlock unblock = block(with(with(BLOCK, 0, "unblock"), 3, "true"));
        var blocked = CardBlockCase.request(block(BLOCK), T0).orElseThrow().blocked(T1).orElseThrow();
        var unblocked = blocked.unblockRequested(unblock, T2).orElseThrow().unblocked(T3).orElseThrow();

        assertThat(unblocked.unblock()).isEqualTo(unblock);
        assertThat(unblocked.block().card()).isEqualTo(unblock.card());

        CardBlock otherCard = block(with(with(with(BLOCK, 0, "unblock"), 3, "true"), 1, "5555 5555 5555 4444"));
        refusedWith(blocked.unblockRequested(otherCard, T2), "unblockRequest", "paydesk.error.cardBlock.unblockRequest");
        refusedWith(blocked.unblockRequested(block(BLOCK), T2), "unblockRequest",
                "paydesk.error.cardBlock.unblockRequest");
        refusedWith(blocked.unblockRequested(unblock, T0), "movedAt", "paydesk.error.cardBlock.movedAt");
        refusedWith(CardBlockCase.request(unblock, T0), "action", "paydesk.error.cardBlock.action");
    }

    @Test
    void aKycReviewIsClearedEscalatedOrReported() {
        var review = KycCase.open(kyc(), T0).startReview(T1).orElseThrow();

        assertThat(review.clear(T2).orElseThrow().review().restrictedVisibility()).isTrue();
        assertThat(review.report("SAR-2026-0042", T2).orElseThrow().reportReference()).isEqualTo("SAR-2026-0042");
        var escalated = review.escalate("Name and date of birth match", T2).orElseThrow();
        assertThat(escalated.clear(T3).orElseThrow().since()).isEqualTo(T3);
        assertThat(escalated.report("SAR-2026-0043", T3).orElseThrow().since()).isEqualTo(T3);

        refusedWith(review.escalate("", T2), "escalationReason", "paydesk.error.kycReview.escalationReason");
        refusedWith(review.report("has space", T2), "reportReference", "paydesk.error.kycReview.reportReference");
        refusedWith(escalated.clear(T1), "movedAt", "paydesk.error.kycReview.movedAt");
    }

    @Test
    void anApiIncidentKeepsItsTimestampsInOrder() {
        ApiIncident incident = incident();
        var resolved = ApiIncidentCase.open(incident, T0).orElseThrow().mitigated(T1).orElseThrow().resolved(T2)
                .orElseThrow();

        assertThat(List.of(incident.firstSeen(), resolved.openedAt(), resolved.mitigatedAt(), resolved.resolvedAt()))
                .isSorted();
        refusedWith(ApiIncidentCase.open(incident, incident.firstSeen().minusSeconds(1)), "movedAt",
                "paydesk.error.apiIncident.movedAt");
        var open = ApiIncidentCase.open(incident, T1).orElseThrow();
        refusedWith(open.mitigated(T0), "movedAt", "paydesk.error.apiIncident.movedAt");
        refusedWith(open.mitigated(T2).orElseThrow().resolved(T1), "movedAt", "paydesk.error.apiIncident.movedAt");
    }

    @Test
    void finalStatesOfferNoFurtherMoves() {
        // Illegal moves do not compile: a closed, resolved, credited, reversed, unblocked, cleared or reported
        // state has no move methods at all; the reflection check keeps that true.
        for (Class<?> done : List.of(LoyaltyClaimCase.Closed.class, RefundCase.Resolved.class,
                TopUpCase.Credited.class, TopUpCase.Reversed.class, CardBlockCase.Unblocked.class,
                KycCase.Cleared.class, KycCase.Reported.class, ApiIncidentCase.Resolved.class)) {
            assertThat(java.util.Arrays.stream(done.getMethods())
                    .filter(m -> m.getReturnType() == Outcome.class)).as(done.getSimpleName()).isEmpty();
        }
        assertThat(Optional.of(LoyaltyClaimCase.Submitted.class.getMethods()).stream()
                .flatMap(java.util.Arrays::stream).map(java.lang.reflect.Method::getName))
                .doesNotContain("approve", "reject", "close");
    }
}
