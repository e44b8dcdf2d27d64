package io.paydesk.core.dispute;

import static io.paydesk.core.dispute.DisputeFixture.SCHEMES;
import static io.paydesk.core.dispute.DisputeFixture.aDispute;
import static io.paydesk.core.dispute.DisputeFixture.rules;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paydesk.core.dispute.deadline.BusinessDayCalendar;
import io.paydesk.core.dispute.deadline.BusinessDays;
import io.paydesk.core.dispute.deadline.Geography;
import io.paydesk.core.dispute.deadline.StageDeadline;
import io.paydesk.core.dispute.lifecycle.Dispute;
import io.paydesk.core.dispute.lifecycle.DisputeAction;
import io.paydesk.core.dispute.lifecycle.DisputeActions;
import io.paydesk.core.dispute.lifecycle.DisputeCase;
import io.paydesk.core.dispute.lifecycle.DisputeFiling;
import io.paydesk.core.dispute.lifecycle.OpenDispute;
import io.paydesk.core.dispute.lifecycle.StageRules;
import io.paydesk.core.dispute.store.DisputeCodec;
import io.paydesk.core.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DisputeCodecTest {

    private static final DisputeCodec CODEC = new DisputeCodec(SCHEMES);

    /** Every state of a few cycles, open and closed, reached through the actions. */
    private static List<Dispute> everyState(DisputeCase facts) {
        List<Dispute> all = new ArrayList<>();
        OpenDispute filed = DisputeFiling.file(facts, LocalDate.of(2026, 10, 1), Money.of("UZS", "500000.00"), rules())
                .orElseThrow();
        List<OpenDispute> todo = new ArrayList<>(List.of(filed));
        while (!todo.isEmpty()) {
            OpenDispute state = todo.removeLast();
            all.add(state);
            for (DisputeAction action : DisputeActions.available(state)) {
                DisputeActions.apply(state, action, state.track().current().enteredOn().plusDays(2),
                        Optional.empty(), rules()).map(next -> {
                            if (next instanceof OpenDispute open) {
                                todo.add(open);
                            } else {
                                all.add(next);
                            }
                            return next;
                        });
            }
        }
        return all;
    }

    @Test
    void everyStateOfBothCyclesComesBackEqual() {
        List<Dispute> states = new ArrayList<>();
        states.addAll(everyState(aDispute().onVisa().reason("13.1").expectedOn(LocalDate.of(2026, 9, 20)).build()));
        states.addAll(everyState(aDispute().onVisa().reason("10.4").atAnAtm().build()));
        states.addAll(everyState(aDispute().onMastercard().reason("4853")
                .in(Geography.issuerIn("PL").withAcquirerIn("DE").inSchemeRegion("EUROPE")).build()));
        assertThat(states).hasSizeGreaterThan(30);
        for (Dispute state : states) {
            assertThat(CODEC.decode(CODEC.encode(state))).isEqualTo(state);
        }
    }

    @Test
    void aMerchantNameWithLineBreaksBackslashesAndLeadingSpacesSurvives() {
        DisputeCase facts = aDispute().build();
        var odd = new io.paydesk.core.dispute.transaction.TransactionReference(facts.transaction().rrn(),
                facts.transaction().arn(), facts.transaction().authorizationCode(), facts.transaction().transactionDate(),
                facts.transaction().settlementDate(), "Ooo \"Bir=Ikki\"\\ #1 : Toshkent ‘Chilonzor’", facts.transaction().mcc(),
                false);
        DisputeCase withOdd = new DisputeCase(facts.scheme(), facts.reason(), odd, facts.disputedAmount(),
                facts.geography(), facts.expectedServiceDate());
        Dispute filed = DisputeFiling.file(withOdd, LocalDate.of(2026, 10, 1), Money.of("UZS", "0"), rules()).orElseThrow();

        assertThat(CODEC.decode(CODEC.encode(filed))).isEqualTo(filed);
    }

    @Test
    void aDamagedRecordFailsNamingTheKeyInsteadOfGuessing() {
        Dispute filed = DisputeFiling.file(aDispute().build(), LocalDate.of(2026, 10, 1), Money.of("UZS", "0"), rules())
                .orElseThrow();
        String text = CODEC.encode(filed);

        assertThatThrownBy(() -> CODEC.decode(text.replace("next.due=", "next.due=31.10.")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("next.due");
        assertThatThrownBy(() -> CODEC.decode(text.replace("reason=13.1", "reason=99.9")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("reason");
        assertThatThrownBy(() -> CODEC.decode(text.replaceAll("(?m)^tx\\.date=.*\\n", "")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("tx.date");
        assertThatThrownBy(() -> CODEC.decode(text.replace("stage.0.stage=DISPUTE", "stage.0.stage=ARBITRATION")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("stage.0");
        assertThatThrownBy(() -> CODEC.decode(text.replace("format=1", "format=2")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("format");
    }

    /** A Nigerian Mastercard chargeback filed on Friday 20 November 2026, its limits counted on {@code calendar}. */
    private static OpenDispute lagosChargeback(BusinessDayCalendar calendar) {
        DisputeCase facts = aDispute().onMastercard().reason("4853").in(Geography.issuerIn("NG").withAcquirerIn("NG"))
                .build();
        return DisputeFiling.file(facts, LocalDate.of(2026, 11, 20), Money.of("UZS", "0"),
                new StageRules(DisputeFixture.DEFAULT_RULES, calendar, DisputeFixture.CLOCK)).orElseThrow();
    }

    @Test
    void theCalendarALimitCountedOnComesBackWithIt() {
        BusinessDays weekdays = BusinessDays.weekendsOff();
        OpenDispute filed = lagosChargeback(BusinessDayCalendar.partnerCalendar("ng-lagos",
                date -> weekdays.isBusinessDay(date) && !date.equals(LocalDate.of(2026, 11, 23))));

        String text = CODEC.encode(filed);
        Dispute read = CODEC.decode(text);

        assertThat(text).contains("next.calendar=ng-lagos\n");
        assertThat(read).isEqualTo(filed);
        assertThat(((OpenDispute) read).deadline().flatMap(StageDeadline::businessCalendar)).contains("ng-lagos");
        assertThat(((OpenDispute) read).deadline().map(StageDeadline::dueOn)).contains(LocalDate.of(2026, 11, 25));
    }

    @Test
    void aLimitWrittenWithoutACalendarCountedMondayToFriday() {
        OpenDispute filed = lagosChargeback(BusinessDayCalendar.mondayToFriday());

        String text = CODEC.encode(filed);

        assertThat(text).doesNotContain("calendar=");
        assertThat(((OpenDispute) CODEC.decode(text)).deadline().flatMap(StageDeadline::businessCalendar)).isEmpty();
    }

    @Test
    void aCalendarOnALimitInCalendarDaysIsADamagedRecord() {
        String text = CODEC.encode(DisputeFiling.file(aDispute().build(), LocalDate.of(2026, 10, 1), Money.of("UZS", "0"),
                rules()).orElseThrow());

        assertThatThrownBy(() -> CODEC.decode(text + "next.calendar=pl-warsaw\n"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("next.");
    }
}
