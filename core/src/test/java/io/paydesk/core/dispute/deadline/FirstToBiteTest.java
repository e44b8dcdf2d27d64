package io.paydesk.core.dispute.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import io.paydesk.core.calendar.BusinessCalendar;
import io.paydesk.core.dispute.scheme.DisputeStage;
import io.paydesk.core.sla.EventHistory;
import io.paydesk.core.sla.GoalKind;
import io.paydesk.core.sla.PauseReason;
import io.paydesk.core.sla.RequestEvent;
import io.paydesk.core.sla.RequestSla;
import io.paydesk.core.sla.SlaCalendars;
import io.paydesk.core.sla.SlaPolicy;
import io.paydesk.core.sla.SlaPolicyBook;
import io.paydesk.core.sla.SlaTimers;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FirstToBiteTest {

    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
    private static final Instant RAISED = Instant.parse("2026-11-24T10:00:00Z");

    private static SlaPolicy policy() {
        BusinessCalendar office = BusinessCalendar.inZone(WARSAW)
                .mondayToFriday(LocalTime.of(9, 0), LocalTime.of(17, 0)).build().orElseThrow();
        return SlaPolicyBook.empty().publish(SlaPolicy.draft("p").named("P")
                        .firstResponse(Duration.ofHours(4), "office").resolution(Duration.ofHours(40), "office")
                        .pauseWhile("Waiting for customer", PauseReason.CUSTOMER_DOCUMENTS),
                SlaCalendars.of("office", office).names(), Clock.fixed(Instant.EPOCH, ZoneOffset.UTC))
                .orElseThrow().currentPolicies().get(0);
    }

    private static RequestSla sla(Instant now, RequestEvent... later) {
        BusinessCalendar office = BusinessCalendar.inZone(WARSAW)
                .mondayToFriday(LocalTime.of(9, 0), LocalTime.of(17, 0)).build().orElseThrow();
        List<RequestEvent> events = new ArrayList<>(List.of(RequestEvent.of("created", "PAY-1", RAISED,
                new RequestEvent.Change.Created("Waiting for support", "High"))));
        events.addAll(List.of(later));
        return SlaTimers.evaluate(policy(), SlaCalendars.of("office", office),
                EventHistory.of("PAY-1", events).orElseThrow(), now).orElseThrow();
    }

    private static Optional<StageDeadline> schemeDueOn(LocalDate dueOn) {
        return Optional.of(new StageDeadline(DisputeStage.DISPUTE_RESPONSE, dueOn, dueOn.minusDays(30),
                DeadlineAnchor.PROCESSING_DATE, 30, DayCount.CALENDAR, "rule", new RuleBookVersion("t", 1),
                Optional.empty()));
    }

    @Test
    void theEarliestRunningSlaGoalBitesBeforeALaterSchemeLimit() {
        Optional<FirstToBite> first = FirstToBite.of(schemeDueOn(LocalDate.of(2026, 12, 24)), WARSAW, sla(RAISED), RAISED);

        assertThat(first).contains(new FirstToBite(Instant.parse("2026-11-24T14:00:00Z"), Optional.of(GoalKind.FIRST_RESPONSE)));
    }

    @Test
    void theSchemeLimitEndsAtMidnightAfterItsLastDayInThePartnersZoneAndBitesWhenNoRunningGoalIsSooner() {
        Optional<FirstToBite> first = FirstToBite.of(schemeDueOn(LocalDate.of(2026, 11, 24)), WARSAW,
                sla(RAISED.plusSeconds(60)), RAISED.plusSeconds(60));

        assertThat(first).map(FirstToBite::at).contains(Instant.parse("2026-11-24T14:00:00Z"));
        Optional<FirstToBite> onlyScheme = FirstToBite.of(schemeDueOn(LocalDate.of(2026, 11, 24)), WARSAW,
                sla(RAISED.plusSeconds(60), RequestEvent.of("wait", "PAY-1", RAISED.plusSeconds(30),
                        new RequestEvent.Change.StatusChanged("Waiting for support", "Waiting for customer"))),
                RAISED.plusSeconds(60));
        assertThat(onlyScheme).contains(new FirstToBite(Instant.parse("2026-11-24T23:00:00Z"), Optional.empty()));
        assertThat(onlyScheme.orElseThrow().isScheme()).isTrue();
    }

    @Test
    void limitsAlreadyPassedNeverBiteFirst() {
        Instant late = Instant.parse("2026-12-30T10:00:00Z");

        assertThat(FirstToBite.of(schemeDueOn(LocalDate.of(2026, 12, 24)), WARSAW, sla(late), late)).isEmpty();
    }
}
