package io.paydesk.core.dispute;

import static io.paydesk.core.dispute.DisputeFixture.aDispute;
import static io.paydesk.core.dispute.DisputeFixture.rules;
import static org.assertj.core.api.Assertions.assertThat;

import io.paydesk.core.common.Outcome;
import io.paydesk.core.common.Refusal;
import io.paydesk.core.dispute.lifecycle.ClosedDispute;
import io.paydesk.core.dispute.lifecycle.Dispute;
import io.paydesk.core.dispute.lifecycle.DisputeAction;
import io.paydesk.core.dispute.lifecycle.DisputeActions;
import io.paydesk.core.dispute.lifecycle.DisputeCase;
import io.paydesk.core.dispute.lifecycle.DisputeFiling;
import io.paydesk.core.dispute.lifecycle.DisputeOutcome;
import io.paydesk.core.dispute.lifecycle.OpenDispute;
import io.paydesk.core.dispute.lifecycle.VisaPreArbitration;
import io.paydesk.core.dispute.scheme.DisputeStage;
import io.paydesk.core.money.Money;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class DisputeActionsTest {

    private static final LocalDate FILED = LocalDate.of(2026, 10, 1);

    /** Every open state reachable by actions from a filing, walking a few days per step. */
    private static List<OpenDispute> reachable(DisputeCase facts) {
        OpenDispute filed = DisputeFiling.file(facts, FILED, Money.ofMinor(facts.disputedAmount().currency(), 0), rules())
                .orElseThrow();
        List<OpenDispute> found = new ArrayList<>();
        Deque<OpenDispute> todo = new ArrayDeque<>(List.of(filed));
        while (!todo.isEmpty()) {
            OpenDispute state = todo.pop();
            found.add(state);
            for (DisputeAction action : DisputeActions.available(state)) {
                if (DisputeActions.apply(state, action, next(state), Optional.empty(), rules())
                        instanceof Outcome.Accepted<Dispute> ok && ok.value() instanceof OpenDispute open) {
                    todo.push(open);
                }
            }
        }
        return found;
    }

    private static LocalDate next(OpenDispute state) {
        return state.track().current().enteredOn().plusDays(3);
    }

    static Stream<DisputeCase> cycles() {
        return Stream.of(
                aDispute().onVisa().reason("13.1").build(),
                aDispute().onVisa().reason("10.4").build(),
                aDispute().onVisa().reason("12.6").build(),
                aDispute().onMastercard().reason("4853").build(),
                aDispute().onMastercard().reason("4837").build());
    }

    @ParameterizedTest
    @MethodSource("cycles")
    void everyActionOfferedIsAcceptedAndEveryOtherIsRefusedNamingActionAndStage(DisputeCase facts) {
        for (OpenDispute state : reachable(facts)) {
            List<DisputeAction> offered = DisputeActions.available(state);
            assertThat(offered).contains(DisputeAction.WITHDRAW);
            for (DisputeAction action : DisputeAction.values()) {
                Outcome<Dispute> outcome = DisputeActions.apply(state, action, next(state), Optional.empty(), rules());
                if (offered.contains(action)) {
                    assertThat(outcome).as("%s at %s", action, state.getClass().getSimpleName())
                            .isInstanceOf(Outcome.Accepted.class);
                } else {
                    assertThat(outcome).as("%s at %s", action, state.getClass().getSimpleName())
                            .isInstanceOf(Outcome.Refused.class);
                    Refusal refusal = ((Outcome.Refused<Dispute>) outcome).refusals().getFirst();
                    assertThat(refusal.field()).isEqualTo(DisputeActions.ACTION_FIELD);
                    assertThat(refusal.reasonKey()).isEqualTo(DisputeMessageKeys.TRANSITION_NOT_ALLOWED);
                    assertThat(refusal.arguments()).containsExactly(action.nameKey(), state.stage().nameKey());
                }
            }
        }
    }

    @Test
    void theActionsReachEveryStateTypeOfBothCycles() {
        Set<Class<?>> types = new HashSet<>();
        cycles().forEach(facts -> reachable(facts).forEach(state -> types.add(state.getClass())));
        assertThat(types).containsExactlyInAnyOrderElementsOf(concreteTypes(OpenDispute.class));
    }

    private static Set<Class<?>> concreteTypes(Class<?> sealed) {
        Set<Class<?>> concrete = new HashSet<>();
        for (Class<?> sub : sealed.getPermittedSubclasses()) {
            if (sub.isSealed()) {
                concrete.addAll(concreteTypes(sub));
            } else {
                concrete.add(sub);
            }
        }
        return concrete;
    }

    @Test
    void aVisaConsumerDisputeMovesToPreArbitrationAndTheDeadlineIsRecomputed() {
        OpenDispute filed = DisputeFiling.file(aDispute().onVisa().reason("13.1").build(), FILED,
                Money.of("UZS", "0"), rules()).orElseThrow();
        assertThat(filed.deadline().orElseThrow().stage()).isEqualTo(DisputeStage.DISPUTE_RESPONSE);

        OpenDispute responded = (OpenDispute) DisputeActions.apply(filed, DisputeAction.RESPONSE_RECEIVED,
                LocalDate.of(2026, 10, 20), Optional.empty(), rules()).orElseThrow();
        OpenDispute pre = (OpenDispute) DisputeActions.apply(responded, DisputeAction.PRE_ARBITRATION,
                LocalDate.of(2026, 11, 10), Optional.empty(), rules()).orElseThrow();

        assertThat(pre).isInstanceOf(VisaPreArbitration.class);
        assertThat(pre.deadline().orElseThrow().stage()).isEqualTo(DisputeStage.PRE_ARBITRATION_RESPONSE);
        assertThat(pre.deadline().orElseThrow().countedFrom()).isEqualTo(LocalDate.of(2026, 11, 10));
        assertThat(pre.deadline().orElseThrow().dueOn()).isAfter(responded.deadline().orElseThrow().dueOn());
    }

    @Test
    void anAcceptanceWithoutAnAmountRecoversWhatIsOutstandingAndAPartialOneRecoversWhatWasGiven() {
        OpenDispute filed = DisputeFiling.file(aDispute().onMastercard().reason("4853").build(), FILED,
                Money.of("UZS", "0"), rules()).orElseThrow();

        ClosedDispute whole = (ClosedDispute) DisputeActions.apply(filed, DisputeAction.ACQUIRER_ACCEPTED,
                LocalDate.of(2026, 10, 5), Optional.empty(), rules()).orElseThrow();
        ClosedDispute part = (ClosedDispute) DisputeActions.apply(filed, DisputeAction.ACQUIRER_ACCEPTED,
                LocalDate.of(2026, 10, 5), Optional.of(Money.of("UZS", "250000.00")), rules()).orElseThrow();

        assertThat(whole.outcome()).isEqualTo(DisputeOutcome.WON);
        assertThat(whole.money().recovered()).isEqualTo(Money.of("UZS", "1250000.00"));
        assertThat(part.money().recovered()).isEqualTo(Money.of("UZS", "250000.00"));
    }

    @Test
    void aLateOrFutureDateIsStillRefusedByTheStateItself() {
        OpenDispute filed = DisputeFiling.file(aDispute().onVisa().reason("13.1").build(), FILED,
                Money.of("UZS", "0"), rules()).orElseThrow();

        Outcome<Dispute> future = DisputeActions.apply(filed, DisputeAction.RESPONSE_RECEIVED,
                LocalDate.of(2026, 12, 1), Optional.empty(), rules());

        assertThat(future).isInstanceOf(Outcome.Refused.class);
        assertThat(((Outcome.Refused<Dispute>) future).refusals().getFirst().reasonKey())
                .isEqualTo(DisputeMessageKeys.DATE_IN_FUTURE);
    }

    @Test
    void actionsAreFoundByNameInAnyCaseAndEachHasALabelKey() {
        assertThat(DisputeAction.byName(" pre_arbitration ")).contains(DisputeAction.PRE_ARBITRATION);
        assertThat(DisputeAction.byName("escalate")).isEmpty();
        assertThat(DisputeAction.byName(null)).isEmpty();
        assertThat(DisputeAction.PRE_ARBITRATION_DECLINED.nameKey()).isEqualTo("paydesk.dispute.action.preArbitrationDeclined");
        assertThat(EnumSet.allOf(DisputeAction.class).stream().filter(DisputeAction::recovers))
                .containsExactlyInAnyOrder(DisputeAction.ACQUIRER_ACCEPTED, DisputeAction.RULED_FOR_ISSUER);
    }
}
