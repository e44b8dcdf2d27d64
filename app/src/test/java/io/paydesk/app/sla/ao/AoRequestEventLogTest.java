package io.paydesk.app.sla.ao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paydesk.core.calendar.BusinessCalendar;
import io.paydesk.core.common.Outcome;
import io.paydesk.core.common.Refusal;
import io.paydesk.core.sla.EventHistory;
import io.paydesk.core.sla.EventId;
import io.paydesk.core.sla.GoalKind;
import io.paydesk.core.sla.PauseReason;
import io.paydesk.core.sla.RequestEvent;
import io.paydesk.core.sla.RequestEvent.Change;
import io.paydesk.core.sla.RequestEventLog.ConflictingEvent;
import io.paydesk.core.sla.RequestSla;
import io.paydesk.core.sla.SlaCalendars;
import io.paydesk.core.sla.SlaPolicy;
import io.paydesk.core.sla.SlaPolicyBook;
import io.paydesk.core.sla.SlaPolicyId;
import io.paydesk.core.sla.SlaRefusals;
import io.paydesk.core.sla.SlaTimers;
import io.paydesk.core.sla.TimerState;
import io.paydesk.host.ao.AoDatabase;
import io.paydesk.host.ao.AoModule;
import io.paydesk.host.ao.HostActiveObjects;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.java.ao.Query;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The SLA event log on a real database: HSQLDB by default, PostgreSQL in CI ({@code -Dao.test.database=postgres}). */
class AoRequestEventLogTest {

    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
    private static final String KEY = "PAY-101";

    private HostActiveObjects ao;
    private AoRequestEventLog log;

    @BeforeEach
    void open() {
        ao = HostActiveObjects.open(AoDatabase.fromSystemProperties(), AoModule.fromDescriptor(getClass().getClassLoader()));
        log = new AoRequestEventLog(ao);
    }

    @AfterEach
    void close() {
        ao.close();
    }

    private static Instant warsaw(int month, int day, int hour, int minute) {
        return LocalDateTime.of(2026, month, day, hour, minute).atZone(WARSAW).toInstant();
    }

    private static RequestEvent event(String id, String key, Instant at, Change change) {
        return RequestEvent.of(id, key, at, change);
    }

    private int rows() {
        return ao.count(SlaEventEntity.class, Query.select());
    }

    private EventHistory history(String key) {
        return log.history(key).orElseThrow();
    }

    @Test
    void everyKindOfChangeComesBackExactlyAsItWasRecorded() {
        Instant t = warsaw(3, 2, 9, 0);
        List<RequestEvent> all = List.of(
                event("e1", KEY, t, new Change.Created("Open", "P2")),
                event("e2", KEY, t.plusSeconds(60), new Change.StatusChanged("Open", "Waiting for customer"))
                        .pausedFor(PauseReason.CUSTOMER_DOCUMENTS.code()),
                event("e3", KEY, t.plusSeconds(120), new Change.AgentCommented()),
                event("e4", KEY, t.plusSeconds(180), new Change.CustomerCommented()),
                event("e5", KEY, t.plusSeconds(240), new Change.PriorityChanged("P2", "P1")),
                event("e6", KEY, t.plusSeconds(300), new Change.Resolved()),
                event("e7", KEY, t.plusSeconds(360), new Change.Reopened()),
                event("e8", KEY, t.plusSeconds(420), new Change.StatusChanged("", "Zażółć gęślą jaźń")));

        all.forEach(e -> assertThat(log.append(e)).isTrue());

        assertThat(history(KEY).events()).containsExactlyElementsOf(all);
    }

    @Test
    void instantsKeepTheirNanosecondsAndSurviveTheDaylightSavingFallBackHour() {
        // 25 October 2026, 02:30 in Warsaw happens twice; these are the second 02:30, in CET.
        Instant ambiguous = Instant.parse("2026-10-25T01:30:00.123456789Z");
        Instant beforeEpoch = Instant.parse("1969-12-31T23:59:59.999999999Z");
        RequestEvent late = event("late", KEY, ambiguous, new Change.AgentCommented());
        RequestEvent old = event("old", KEY, beforeEpoch, new Change.Created("Open", "P3"));

        log.append(late);
        log.append(old);

        assertThat(history(KEY).events()).containsExactly(old, late);
        assertThat(history(KEY).events()).extracting(RequestEvent::occurredAt).containsExactly(beforeEpoch, ambiguous);
    }

    @Test
    void theSameEventTwiceIsStoredOnceAndTheSecondAppendSaysSo() {
        RequestEvent created = event("c1", KEY, warsaw(3, 2, 9, 0), new Change.Created("Open", "P3"));

        assertThat(log.append(created)).isTrue();
        assertThat(log.append(created)).isFalse();
        assertThat(log.append(event("c1", KEY, warsaw(3, 2, 9, 0), new Change.Created("Open", "P3")))).isFalse();

        assertThat(rows()).isEqualTo(1);
        assertThat(history(KEY).events()).containsExactly(created);
    }

    @Test
    void aDifferentEventUnderARecordedIdIsRefusedAndTheRecordedOneIsKept() {
        RequestEvent recorded = event("x1", KEY, warsaw(3, 2, 9, 0), new Change.StatusChanged("Open", "In progress"));
        log.append(recorded);
        List<RequestEvent> impostors = List.of(
                event("x1", KEY, warsaw(3, 2, 9, 1), new Change.StatusChanged("Open", "In progress")),
                event("x1", KEY, warsaw(3, 2, 9, 0), new Change.StatusChanged("Open", "Done")),
                recorded.pausedFor(PauseReason.MERCHANT.code()),
                event("x1", "PAY-102", warsaw(3, 2, 9, 0), new Change.StatusChanged("Open", "In progress")),
                event("x1", KEY, recorded.occurredAt().plusNanos(1), new Change.StatusChanged("Open", "In progress")));

        for (RequestEvent impostor : impostors) {
            assertThatThrownBy(() -> log.append(impostor))
                    .isInstanceOfSatisfying(ConflictingEvent.class, conflict -> {
                        assertThat(conflict.recorded()).isEqualTo(recorded);
                        assertThat(conflict.offered()).isEqualTo(impostor);
                        assertThat(conflict.reasonKey()).isEqualTo(SlaRefusals.EVENT_CONFLICT);
                    });
        }

        assertThat(rows()).isEqualTo(1);
        assertThat(history(KEY).events()).containsExactly(recorded);
        assertThat(history("PAY-102").events()).isEmpty();
    }

    @Test
    void historyIsInTheOrderThingsHappenedWhateverTheOrderTheyArrived() {
        Instant t = warsaw(3, 2, 9, 0);
        RequestEvent created = event("b", KEY, t, new Change.Created("Open", "P3"));
        RequestEvent sameMomentA = event("a", KEY, t.plusSeconds(30), new Change.Resolved());
        RequestEvent sameMomentC = event("c", KEY, t.plusSeconds(30), new Change.StatusChanged("Open", "Done"));
        RequestEvent commented = event("z", KEY, t.plusMillis(1), new Change.AgentCommented());

        log.append(sameMomentC);
        log.append(created);
        log.append(sameMomentA);
        log.append(commented);

        assertThat(history(KEY).events()).containsExactly(created, commented, sameMomentA, sameMomentC);
    }

    @Test
    void twoRequestsKeepTheirOwnHistories() {
        RequestEvent mine = event("m1", KEY, warsaw(3, 2, 9, 0), new Change.Created("Open", "P3"));
        RequestEvent theirs = event("t1", "PAY-1010", warsaw(3, 2, 9, 0), new Change.Created("Open", "P1"));

        log.append(mine);
        log.append(theirs);

        assertThat(history(KEY).events()).containsExactly(mine);
        assertThat(history("PAY-1010").events()).containsExactly(theirs);
        assertThat(history("PAY-10").events()).isEmpty();
        assertThat(history("pay-101").events()).isEmpty();
    }

    @Test
    void aBlankRequestKeyIsRefusedLikeEventHistoryRefusesIt() {
        Outcome<EventHistory> blank = log.history(" ");

        assertThat(blank).isInstanceOfSatisfying(Outcome.Refused.class, refused -> assertThat(refused.refusals())
                .extracting(r -> ((Refusal) r).reasonKey()).containsExactly(SlaRefusals.REQUEST_KEY_MISSING));
    }

    @Test
    void whatDoesNotFitTheColumnsIsRefusedBeforeAnythingIsWritten() {
        RequestEvent longId = event("e".repeat(AoRequestEventLog.MAX_ID_LENGTH + 1), KEY, warsaw(3, 2, 9, 0),
                new Change.Created("Open", "P3"));
        RequestEvent longStatus = event("s1", KEY, warsaw(3, 2, 9, 0),
                new Change.Created("S".repeat(AoRequestEventLog.MAX_TEXT_LENGTH + 1), "P3"));
        RequestEvent farFuture = event("f1", KEY, Instant.MAX, new Change.Resolved());

        for (RequestEvent unfit : List.of(longId, longStatus, farFuture)) {
            assertThatThrownBy(() -> log.append(unfit)).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(rows()).isZero();
    }

    @Test
    void anInsertThatLosesARaceToTheSameEventIsADuplicateNotAFailure() throws Exception {
        RequestEvent created = event("r1", KEY, warsaw(3, 2, 9, 0), new Change.Created("Open", "P3"));
        OtherNodeFirst racing = new OtherNodeFirst(ao, SlaEventEntity.class,
                () -> assertThat(new AoRequestEventLog(ao).append(created)).isTrue());
        AoRequestEventLog slow = new AoRequestEventLog(racing);

        assertThat(slow.append(created)).isFalse();
        OtherNodeFirst.check(racing.raced());

        assertThat(rows()).isEqualTo(1);
        assertThat(history(KEY).events()).containsExactly(created);
    }

    @Test
    void anInsertThatLosesARaceToADifferentEventIsAConflict() throws Exception {
        RequestEvent mine = event("r1", KEY, warsaw(3, 2, 9, 0), new Change.Created("Open", "P3"));
        RequestEvent theirs = event("r1", KEY, warsaw(3, 2, 9, 0), new Change.Created("Open", "P1"));
        OtherNodeFirst racing = new OtherNodeFirst(ao, SlaEventEntity.class,
                () -> assertThat(new AoRequestEventLog(ao).append(theirs)).isTrue());
        AoRequestEventLog slow = new AoRequestEventLog(racing);

        assertThatThrownBy(() -> slow.append(mine)).isInstanceOfSatisfying(ConflictingEvent.class,
                conflict -> assertThat(conflict.recorded()).isEqualTo(theirs));
        OtherNodeFirst.check(racing.raced());

        assertThat(history(KEY).events()).containsExactly(theirs);
    }

    /**
     * PostgreSQL only: AO's HSQLDB provider inserts under a JVM-wide monitor, so two transactions inserting
     * into one table at once can deadlock there (monitor vs. table lock); Jira never runs on HSQLDB. The
     * lost race itself is covered on every database by the two tests above.
     */
    @Test
    void nodesAppendingTheSameEventAtOnceStoreItOnce() throws Exception {
        RequestEvent created = event("n1", KEY, warsaw(3, 2, 9, 0), new Change.Created("Open", "P3"));
        int nodes = 4;
        CyclicBarrier start = new CyclicBarrier(nodes);
        ExecutorService pool = Executors.newFixedThreadPool(nodes);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < nodes; i++) {
                results.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return log.append(created);
                }));
            }
            List<Boolean> stored = new ArrayList<>();
            for (Future<Boolean> result : results) {
                stored.add(result.get(30, TimeUnit.SECONDS));
            }
            assertThat(stored).containsOnlyOnce(true).hasSize(nodes);
        } finally {
            pool.shutdownNow();
        }
        assertThat(rows()).isEqualTo(1);
    }

    @Test
    void aStoredHistoryGivesTheSameTimersAsTheEventsItWasMadeOf() {
        BusinessCalendar office = BusinessCalendar.inZone("Europe/Warsaw")
                .mondayToFriday(LocalTime.of(9, 0), LocalTime.of(17, 0))
                .build().orElseThrow();
        SlaCalendars calendars = SlaCalendars.of("warsaw-office", office);
        SlaPolicy policy = SlaPolicyBook.empty()
                .publish(SlaPolicy.draft("wislany-standard").named("Bank Wiślany standard")
                                .forPartner("12")
                                .firstResponse(Duration.ofHours(2), "warsaw-office")
                                .resolution(Duration.ofHours(8), "warsaw-office")
                                .pauseWhile("Waiting for customer", PauseReason.CUSTOMER_DOCUMENTS)
                                .warnAt(50, 75, 90),
                        calendars.names(), Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC))
                .orElseThrow()
                .current(new SlaPolicyId("wislany-standard")).orElseThrow();
        // Friday 16:50 in Warsaw, waiting for the customer's documents over the weekend, answered on Monday.
        List<RequestEvent> story = List.of(
                event("PAY-7#1", "PAY-7", warsaw(3, 6, 16, 50), new Change.Created("Open", "P3")),
                event("PAY-7#2", "PAY-7", warsaw(3, 6, 16, 55), new Change.StatusChanged("Open", "Waiting for customer"))
                        .pausedFor(PauseReason.CUSTOMER_DOCUMENTS.code()),
                event("PAY-7#3", "PAY-7", warsaw(3, 9, 10, 0), new Change.CustomerCommented()),
                event("PAY-7#4", "PAY-7", warsaw(3, 9, 10, 0), new Change.StatusChanged("Waiting for customer", "In progress")));
        List<RequestEvent> arrival = new ArrayList<>(story);
        java.util.Collections.reverse(arrival);
        arrival.forEach(log::append);
        story.forEach(log::append);
        Instant now = warsaw(3, 9, 11, 0);

        RequestSla fromLog = SlaTimers.evaluate(policy, calendars, history("PAY-7"), now).orElseThrow();
        RequestSla inMemory = SlaTimers.evaluate(policy, calendars, EventHistory.of("PAY-7", story).orElseThrow(), now)
                .orElseThrow();

        assertThat(fromLog).isEqualTo(inMemory);
        assertThat(fromLog.latest(GoalKind.RESOLUTION).orElseThrow().state())
                .isEqualTo(new TimerState.Running(warsaw(3, 10, 9, 55)));
        assertThat(fromLog.latest(GoalKind.RESOLUTION).orElseThrow().elapsed()).isEqualTo(Duration.ofMinutes(65));
    }
}
