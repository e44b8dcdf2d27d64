package io.paydesk.core.dispute;

import static io.paydesk.core.dispute.DisputeFixture.CLOCK;
import static io.paydesk.core.dispute.DisputeFixture.DEFAULT_RULES;
import static io.paydesk.core.dispute.DisputeFixture.aDispute;
import static io.paydesk.core.dispute.DisputeFixture.rules;
import static io.paydesk.core.dispute.DisputeFixture.rulesOn;
import static org.assertj.core.api.Assertions.assertThat;

import io.paydesk.core.common.Outcome;
import io.paydesk.core.common.Refusal;
import io.paydesk.core.dispute.deadline.DeadlineRuleBook;
import io.paydesk.core.dispute.deadline.StageDeadline;
import io.paydesk.core.dispute.lifecycle.ClosedDispute;
import io.paydesk.core.dispute.lifecycle.Dispute;
import io.paydesk.core.dispute.lifecycle.DisputeCase;
import io.paydesk.core.dispute.lifecycle.DisputeFiling;
import io.paydesk.core.dispute.lifecycle.DisputeOutcome;
import io.paydesk.core.dispute.lifecycle.MastercardArbitration;
import io.paydesk.core.dispute.lifecycle.MastercardChargeback;
import io.paydesk.core.dispute.lifecycle.MastercardPreArbitration;
import io.paydesk.core.dispute.lifecycle.MastercardPreArbitrationDeclined;
import io.paydesk.core.dispute.lifecycle.MastercardSecondPresentment;
import io.paydesk.core.dispute.lifecycle.OpenDispute;
import io.paydesk.core.dispute.lifecycle.Party;
import io.paydesk.core.dispute.lifecycle.StageEntry;
import io.paydesk.core.dispute.lifecycle.VisaArbitration;
import io.paydesk.core.dispute.lifecycle.VisaDisputeFiled;
import io.paydesk.core.dispute.lifecycle.VisaDisputeResponded;
import io.paydesk.core.dispute.lifecycle.VisaPreArbitration;
import io.paydesk.core.dispute.lifecycle.VisaPreArbitrationDeclined;
import io.paydesk.core.dispute.scheme.DisputeStage;
import io.paydesk.core.money.Money;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DisputeLifecycleTest {

    private static final Money FULL = Money.of("UZS", "1250000.00");
    private static final Money NONE = Money.of("UZS", "0");

    private static LocalDate day(int month, int dayOfMonth) {
        return LocalDate.of(2026, month, dayOfMonth);
    }

    private static DisputeCase notReceived() {
        return aDispute().onVisa().reason("13.1").boughtOn(day(9, 1)).settledOn(day(9, 2)).expectedOn(day(9, 20)).build();
    }

    private static VisaDisputeFiled visaFiledOn(DisputeCase facts, LocalDate on) {
        return VisaDisputeFiled.file(facts, on, FULL, rules()).orElseThrow();
    }

    @Test
    void aVisaNotReceivedDisputeWalksTheWholeCycleAndEachStageGetsItsDeadline() {
        VisaDisputeFiled filed = visaFiledOn(notReceived(), day(10, 1));
        assertThat(filed.track().current().timeLimit().dueOn()).isEqualTo(LocalDate.of(2027, 1, 18));
        assertThat(filed.deadline().orElseThrow().stage()).isEqualTo(DisputeStage.DISPUTE_RESPONSE);
        assertThat(filed.deadline().orElseThrow().dueOn()).isEqualTo(day(10, 31));
        assertThat(filed.waitingFor()).isEqualTo(Party.ACQUIRER);
        assertThat(filed.money().provisionalCredit()).isEqualTo(FULL);

        VisaDisputeResponded responded = filed.responded(day(10, 20), rules()).orElseThrow();
        assertThat(responded.deadline().orElseThrow().stage()).isEqualTo(DisputeStage.PRE_ARBITRATION);
        assertThat(responded.deadline().orElseThrow().dueOn()).isEqualTo(day(11, 19));
        assertThat(responded.waitingFor()).isEqualTo(Party.ISSUER);

        VisaPreArbitration preArbitration = responded.preArbitration(day(11, 10), rules()).orElseThrow();
        StageDeadline recomputed = preArbitration.deadline().orElseThrow();
        assertThat(recomputed.stage()).isEqualTo(DisputeStage.PRE_ARBITRATION_RESPONSE);
        assertThat(recomputed.dueOn()).isEqualTo(day(12, 10));
        assertThat(recomputed.version()).isEqualTo(DEFAULT_RULES.version());
        assertThat(preArbitration.filedBy()).isEqualTo(Party.ISSUER);

        VisaPreArbitrationDeclined declined = preArbitration.declined(day(11, 20), rules()).orElseThrow();
        assertThat(declined.deadline().orElseThrow().dueOn()).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(declined.waitingFor()).isEqualTo(Party.ISSUER);

        VisaArbitration arbitration = declined.arbitration(day(11, 23), rules()).orElseThrow();
        assertThat(arbitration.deadline()).isEmpty();
        assertThat(arbitration.waitingFor()).isEqualTo(Party.SCHEME);

        ClosedDispute won = arbitration.ruledForIssuer(day(11, 24), FULL, rules()).orElseThrow();
        assertThat(won.outcome()).isEqualTo(DisputeOutcome.WON);
        assertThat(won.money().recovered()).isEqualTo(FULL);
        assertThat(won.track().stages()).extracting(StageEntry::stage).containsExactly(DisputeStage.DISPUTE,
                DisputeStage.DISPUTE_RESPONSE, DisputeStage.PRE_ARBITRATION, DisputeStage.PRE_ARBITRATION_RESPONSE,
                DisputeStage.ARBITRATION);
    }

    @Test
    void anOutOfOrderMoveDoesNotExistOnTheStateType() {
        assertThat(methodNames(VisaDisputeFiled.class)).doesNotContain("preArbitration", "arbitration", "declined");
        assertThat(methodNames(VisaDisputeResponded.class)).doesNotContain("arbitration", "responded");
        assertThat(methodNames(MastercardChargeback.class)).doesNotContain("preArbitration", "arbitration");
        assertThat(methodNames(MastercardArbitration.class)).doesNotContain("secondPresentment", "preArbitration");
    }

    private static java.util.List<String> methodNames(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods()).map(Method::getName).toList();
    }

    @Test
    void aFraudDisputeHasNoDisputeResponseTheAcquirerFilesPreArbitrationInstead() {
        VisaDisputeFiled fraud = visaFiledOn(aDispute().reason("10.4").settledOn(day(9, 2)).build(), day(10, 1));
        assertThat(fraud.deadline().orElseThrow().stage()).isEqualTo(DisputeStage.PRE_ARBITRATION);

        assertThat(fraud.responded(day(10, 5), rules())).isEqualTo(Outcome.refused(Refusal.of("stage", "DISPUTE",
                DisputeMessageKeys.TRANSITION_WORKFLOW, "10.4", "allocation", "collaboration")));

        VisaPreArbitration inbound = fraud.acquirerFiledPreArbitration(day(10, 20), rules()).orElseThrow();
        assertThat(inbound.filedBy()).isEqualTo(Party.ACQUIRER);
        assertThat(inbound.waitingFor()).isEqualTo(Party.ISSUER);
        assertThat(inbound.deadline().orElseThrow().dueOn()).isEqualTo(day(11, 19));
        assertThat(inbound.acquirerAccepted(day(10, 21), FULL, rules())).isEqualTo(Outcome.refused(
                Refusal.of("stage", "PRE_ARBITRATION", DisputeMessageKeys.TRANSITION_PARTY, "ACQUIRER")));
        assertThat(inbound.deadlinePassed(rules()).orElseThrow())
                .isInstanceOfSatisfying(ClosedDispute.class, closed -> {
                    assertThat(closed.outcome()).isEqualTo(DisputeOutcome.EXPIRED);
                    assertThat(closed.closedOn()).isEqualTo(day(11, 20));
                });
    }

    @Test
    void aConsumerDisputeCannotTakeTheAllocationPath() {
        assertThat(visaFiledOn(notReceived(), day(10, 1)).acquirerFiledPreArbitration(day(10, 5), rules()))
                .isEqualTo(Outcome.refused(Refusal.of("stage", "DISPUTE", DisputeMessageKeys.TRANSITION_WORKFLOW,
                        "13.1", "collaboration", "allocation")));
    }

    @Test
    void datesBeforeTheCurrentStageInTheFutureOrPastTheTimeLimitAreRefused() {
        VisaDisputeFiled filed = visaFiledOn(notReceived(), day(10, 1));

        assertThat(filed.responded(day(9, 30), rules())).isEqualTo(Outcome.refused(Refusal.of("date", "2026-09-30",
                DisputeMessageKeys.DATE_BEFORE_STAGE, "DISPUTE", "2026-10-01")));
        assertThat(filed.responded(day(11, 25), rules())).isEqualTo(Outcome.refused(Refusal.of("date", "2026-11-25",
                DisputeMessageKeys.DATE_IN_FUTURE, "2026-11-24")));
        assertThat(filed.responded(day(11, 5), rules())).isEqualTo(Outcome.refused(Refusal.of("date", "2026-11-05",
                DisputeMessageKeys.DEADLINE_PASSED, "DISPUTE_RESPONSE", "2026-10-31")));
    }

    @Test
    void aDisputeRaisedTooLateOrBeforeThePurchaseIsRefused() {
        DisputeCase old = aDispute().reason("13.6").boughtOn(day(2, 27)).settledOn(day(3, 1)).build();

        assertThat(VisaDisputeFiled.file(old, day(7, 1), NONE, rules())).isEqualTo(Outcome.refused(Refusal.of("date",
                "2026-07-01", DisputeMessageKeys.DEADLINE_PASSED, "DISPUTE", "2026-06-29")));
        assertThat(VisaDisputeFiled.file(notReceived(), day(8, 31), NONE, rules())).isEqualTo(Outcome.refused(
                Refusal.of("date", "2026-08-31", DisputeMessageKeys.DATE_BEFORE_TRANSACTION, "2026-09-01")));
    }

    @Test
    void noResponseByTheDeadlineWinsTheDisputeTheDayAfterButNotBefore() {
        VisaDisputeFiled filed = visaFiledOn(notReceived(), day(10, 1));

        assertThat(filed.deadlinePassed(rulesOn(day(10, 31)))).isEqualTo(Outcome.refused(Refusal.of("stage",
                "DISPUTE_RESPONSE", DisputeMessageKeys.DEADLINE_NOT_PASSED, "2026-10-31")));
        Dispute after = filed.deadlinePassed(rulesOn(day(11, 1))).orElseThrow();
        assertThat(after).isInstanceOfSatisfying(ClosedDispute.class, closed -> {
            assertThat(closed.outcome()).isEqualTo(DisputeOutcome.WON);
            assertThat(closed.closedOn()).isEqualTo(day(11, 1));
        });
        assertThat(filed.deadlinePassed(rules()).orElseThrow()).isEqualTo(after);
    }

    @Test
    void anIssuerThatDoesNotEscalateInTimeLetsTheDisputeExpire() {
        VisaDisputeResponded responded = visaFiledOn(notReceived(), day(10, 1)).responded(day(10, 10), rules()).orElseThrow();

        assertThat(responded.preArbitration(day(11, 12), rules())).isEqualTo(Outcome.refused(Refusal.of("date",
                "2026-11-12", DisputeMessageKeys.DEADLINE_PASSED, "PRE_ARBITRATION", "2026-11-09")));
        assertThat(((ClosedDispute) responded.deadlinePassed(rules()).orElseThrow()).outcome())
                .isEqualTo(DisputeOutcome.EXPIRED);
        assertThat(responded.acceptResponse(day(11, 1), rules()).orElseThrow().outcome()).isEqualTo(DisputeOutcome.ACCEPTED);
        assertThat(responded.withdraw(day(11, 1), rules()).orElseThrow().outcome()).isEqualTo(DisputeOutcome.WITHDRAWN);
    }

    @Test
    void aMastercardCardholderDisputeNeedsPreArbitrationBeforeArbitration() {
        MastercardChargeback chargeback = MastercardChargeback.file(aDispute().onMastercard().reason("4853").build(),
                day(9, 10), NONE, rules()).orElseThrow();
        assertThat(chargeback.deadline().orElseThrow().dueOn()).isEqualTo(day(10, 25));

        MastercardSecondPresentment second = chargeback.secondPresentment(day(10, 1), rules()).orElseThrow();
        assertThat(second.preArbitrationRequired()).isTrue();
        assertThat(second.deadline().orElseThrow().stage()).isEqualTo(DisputeStage.PRE_ARBITRATION);
        assertThat(second.deadline().orElseThrow().dueOn()).isEqualTo(day(11, 15));
        assertThat(second.arbitration(day(10, 5), rules())).isEqualTo(Outcome.refused(Refusal.of("stage", "ARBITRATION",
                DisputeMessageKeys.TRANSITION_PRE_ARBITRATION_REQUIRED, "4853")));

        MastercardPreArbitration preArbitration = second.preArbitration(day(10, 5), rules()).orElseThrow();
        assertThat(preArbitration.deadline().orElseThrow().dueOn()).isEqualTo(day(11, 4));

        MastercardPreArbitrationDeclined noAnswer = (MastercardPreArbitrationDeclined) preArbitration
                .deadlinePassed(rules()).orElseThrow();
        assertThat(noAnswer.track().current().enteredOn()).isEqualTo(day(11, 5));
        assertThat(noAnswer.track().current().filedBy()).isEqualTo(Party.ACQUIRER);
        assertThat(noAnswer.deadline().orElseThrow().dueOn()).isEqualTo(day(12, 20));

        MastercardArbitration arbitration = noAnswer.arbitration(day(11, 24), rules()).orElseThrow();
        assertThat(arbitration.ruledForAcquirer(day(11, 24), rules()).orElseThrow().outcome()).isEqualTo(DisputeOutcome.LOST);
        assertThat(arbitration.deadlinePassed(rules())).isEqualTo(Outcome.refused(Refusal.of("stage", "ARBITRATION",
                DisputeMessageKeys.DEADLINE_NONE)));
    }

    @Test
    void atmDisputesAndAuthorizationChargebacksMayGoStraightToArbitration() {
        MastercardSecondPresentment authorization = MastercardChargeback.file(
                aDispute().onMastercard().reason("4808").build(), day(9, 10), NONE, rules()).orElseThrow()
                .secondPresentment(day(10, 1), rules()).orElseThrow();
        MastercardSecondPresentment atm = MastercardChargeback.file(
                aDispute().onMastercard().reason("4834").atAnAtm().build(), day(9, 10), NONE, rules()).orElseThrow()
                .secondPresentment(day(10, 1), rules()).orElseThrow();

        assertThat(authorization.preArbitrationRequired()).isFalse();
        assertThat(atm.preArbitrationRequired()).isFalse();
        assertThat(atm.deadline().orElseThrow().stage()).isEqualTo(DisputeStage.ARBITRATION);
        assertThat(atm.deadline().orElseThrow().dueOn()).isEqualTo(day(11, 15));
        assertThat(authorization.arbitration(day(10, 20), rules()).orElseThrow().stage()).isEqualTo(DisputeStage.ARBITRATION);
        assertThat(atm.preArbitration(day(10, 20), rules()).orElseThrow().stage()).isEqualTo(DisputeStage.PRE_ARBITRATION);
    }

    @Test
    void aRuleEditedDuringADisputeKeepsTheDeadlineAlreadyRunningAndAppliesToTheNextStage() {
        VisaDisputeFiled filed = visaFiledOn(notReceived(), day(10, 1));
        DeadlineRuleBook edited = DEFAULT_RULES.withRule(DEFAULT_RULES.rule("visa-dispute-response").orElseThrow().withDays(10),
                "anna", CLOCK).orElseThrow();
        DeadlineRuleBook edited2 = edited.withRule(edited.rule("visa-pre-arbitration").orElseThrow().withDays(20),
                "anna", CLOCK).orElseThrow();

        VisaDisputeResponded responded = filed.responded(day(10, 25), DisputeFixture.rules(edited2)).orElseThrow();

        assertThat(responded.track().current().timeLimit()).isEqualTo(filed.deadline().orElseThrow());
        assertThat(responded.track().current().timeLimit().version().revision()).isEqualTo(1);
        assertThat(responded.deadline().orElseThrow().dueOn()).isEqualTo(day(11, 14));
        assertThat(responded.deadline().orElseThrow().version().revision()).isEqualTo(3);
    }

    @Test
    void theMoneyStaysWithinTheDisputedAmountAndItsCurrency() {
        assertThat(VisaDisputeFiled.file(notReceived(), day(10, 1), Money.of("UZS", "1250000.01"), rules()))
                .isEqualTo(Outcome.refused(Refusal.of("provisionalCredit", "UZS 1250000.01",
                        DisputeMessageKeys.MONEY_EXCEEDS_DISPUTED, "UZS 1250000.00")));
        assertThat(VisaDisputeFiled.file(notReceived(), day(10, 1), Money.of("USD", "10"), rules()))
                .isEqualTo(Outcome.refused(Refusal.of("provisionalCredit", "USD 10.00", DisputeMessageKeys.MONEY_CURRENCY,
                        "UZS")));

        ClosedDispute partly = visaFiledOn(notReceived(), day(10, 1)).acquirerAccepted(day(10, 15),
                Money.of("UZS", "1000000.00"), rules()).orElseThrow();
        assertThat(partly.writeOff(Money.of("UZS", "250000.01"))).isEqualTo(Outcome.refused(Refusal.of("amount",
                "UZS 250000.01", DisputeMessageKeys.MONEY_EXCEEDS_OUTSTANDING, "UZS 250000.00")));
        ClosedDispute settled = partly.writeOff(Money.of("UZS", "250000.00")).orElseThrow();
        assertThat(settled.money().outstanding().isZero()).isTrue();
        assertThat(settled.money().writtenOff()).isEqualTo(Money.of("UZS", "250000.00"));
        assertThat(partly.recover(Money.of("UZS", "-1.00"))).isEqualTo(Outcome.refused(Refusal.of("amount",
                "UZS -1.00", DisputeMessageKeys.MONEY_NEGATIVE)));
    }

    @Test
    void aStoredTrackIsRebuiltIntoItsStateType() {
        VisaPreArbitration preArbitration = visaFiledOn(notReceived(), day(10, 1)).responded(day(10, 10), rules())
                .orElseThrow().preArbitration(day(10, 20), rules()).orElseThrow();

        OpenDispute rebuilt = DisputeFiling.rebuild(preArbitration.track());

        assertThat(rebuilt).isEqualTo(preArbitration);
        assertThat(DisputeFiling.file(notReceived(), day(10, 1), NONE, rules()).orElseThrow())
                .isInstanceOf(VisaDisputeFiled.class);
        assertThat(MastercardChargeback.file(notReceived(), day(10, 1), NONE, rules())).isEqualTo(Outcome.refused(
                Refusal.of("scheme", "visa", DisputeMessageKeys.SCHEME_WRONG_FLOW, "Visa", "mastercard")));
    }
}
