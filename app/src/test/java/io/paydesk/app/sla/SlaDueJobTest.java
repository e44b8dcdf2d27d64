package io.paydesk.app.sla;

import static org.assertj.core.api.Assertions.assertThat;

import io.paydesk.app.sla.ao.AoRequestEventLog;
import io.paydesk.app.sla.ao.AoSlaDueIndex;
import io.paydesk.app.sla.ao.AoSlaNoticeLog;
import io.paydesk.app.sla.ao.AoSlaStateIndex;
import io.paydesk.core.sla.SlaStanding;
import io.paydesk.core.sla.SlaState;
import io.paydesk.core.calendar.BusinessCalendar;
import io.paydesk.core.common.Outcome;
import io.paydesk.core.partner.PartnerId;
import io.paydesk.core.sla.GoalKind;
import io.paydesk.core.sla.IssueObservation;
import io.paydesk.core.sla.SlaCalendars;
import io.paydesk.core.sla.SlaDueIndex;
import io.paydesk.core.sla.SlaDueSweep;
import io.paydesk.core.sla.SlaNotice;
import io.paydesk.core.sla.SlaNoticeLog;
import io.paydesk.core.sla.SlaPolicy;
import io.paydesk.core.sla.SlaPolicyBook;
import io.paydesk.core.sla.SlaSettings;
import io.paydesk.core.sla.SlaSubject;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The SLA due job over the Active Objects event log, due index and notice log: Bank Wiślany's request raised
 * on Monday 2 March 2026 at 09:00 in Warsaw, first response in 2 and resolution in 8 office hours.
 */
class SlaDueJobTest {

    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
    private static final SlaSubject PAY_7 = new SlaSubject("PAY-7", Optional.of(new PartnerId("12")), "Payment dispute");

    private final HostActiveObjects ao = HostActiveObjects.open(AoDatabase.inMemory(),
            AoModule.fromDescriptor(getClass().getClassLoader()));
    private final AoRequestEventLog events = new AoRequestEventLog(ao);
    private final AoSlaDueIndex index = new AoSlaDueIndex(ao);
    private final AoSlaNoticeLog notices = new AoSlaNoticeLog(ao);
    private final AoSlaStateIndex states = new AoSlaStateIndex(ao);
    private final SlaClocks clocks = new SlaClocks(events, settings());
    private final SlaDueJob job = new SlaDueJob(index, notices, states, clocks);

    @AfterEach
    void close() {
        ao.close();
    }

    private static Instant monday(int hour, int minute) {
        return LocalDateTime.of(2026, 3, 2, hour, minute).atZone(WARSAW).toInstant();
    }

    private static SlaSettings settings() {
        BusinessCalendar office = BusinessCalendar.inZone("Europe/Warsaw")
                .mondayToFriday(LocalTime.of(9, 0), LocalTime.of(17, 0)).build().orElseThrow();
        SlaCalendars calendars = SlaCalendars.of("warsaw-office", office);
        SlaPolicyBook book = SlaPolicyBook.empty()
                .publish(SlaPolicy.draft("wislany-standard").named("Bank Wiślany standard").forPartner("12")
                                .firstResponse(Duration.ofHours(2), "warsaw-office")
                                .resolution(Duration.ofHours(8), "warsaw-office")
                                .warnAt(50, 75, 90),
                        calendars.names(), Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC))
                .orElseThrow();
        return SlaSettings.of(book, calendars);
    }

    private void raisedAtNine() {
        SlaEventRecorder recorder = new SlaEventRecorder(events, index, notices, states, clocks,
                Clock.fixed(monday(9, 0), ZoneOffset.UTC));
        recorder.record(new IssueObservation("jira:1:1", "PAY-7", monday(9, 0), monday(9, 0),
                IssueObservation.Kind.CREATED, "Open", "P3"), PAY_7);
    }

    @Test
    void aLateRunRecordsEveryMarkItMissedWithItsInstantAndOnlyOnce() {
        raisedAtNine();

        SlaDueJob.Summary first = job.run(monday(11, 30));
        SlaDueJob.Summary second = job.run(monday(11, 30));

        assertThat(first).isEqualTo(new SlaDueJob.Summary(1, 4, 0, 0, 1, false));
        assertThat(first.text()).isEqualTo("1 request(s) due: 4 SLA notice(s) recorded, 0 refused, 0 moved by a newer event, in 1 batch(es)");
        assertThat(second.read()).isZero();
        assertThat(notices.list("PAY-7")).containsExactly(
                SlaNotice.warning("PAY-7", GoalKind.FIRST_RESPONSE, 1, 50, monday(10, 0)),
                SlaNotice.warning("PAY-7", GoalKind.FIRST_RESPONSE, 1, 75, monday(10, 30)),
                SlaNotice.warning("PAY-7", GoalKind.FIRST_RESPONSE, 1, 90, monday(10, 48)),
                SlaNotice.breach("PAY-7", GoalKind.FIRST_RESPONSE, 1, monday(11, 0)));
        assertThat(index.find("PAY-7").orElseThrow().dueAt()).contains(monday(13, 0));
        assertThat(states.find("PAY-7")).containsExactly(
                new SlaStanding(GoalKind.FIRST_RESPONSE, SlaState.BREACHED, false),
                new SlaStanding(GoalKind.RESOLUTION, SlaState.RUNNING, false));
    }

    @Test
    void aRunReadsInBatchesUntilNothingIsDueAndStopsAtItsCap() {
        List<Integer> asked = new ArrayList<>();
        SlaDueSweep endless = new SlaDueSweep(new SlaDueIndex() {
            @Override
            public Optional<Entry> find(String requestKey) {
                return Optional.empty();
            }

            @Override
            public void put(SlaSubject subject, Optional<Instant> dueAt) {
            }

            @Override
            public boolean replace(Entry read, Optional<Instant> dueAt) {
                return true;
            }

            @Override
            public List<Entry> due(Instant now, int limit) {
                asked.add(limit);
                return java.util.Collections.nCopies(limit, new Entry(PAY_7, Optional.of(now), 1));
            }

            @Override
            public List<Entry> page(String afterKey, int limit) {
                throw new AssertionError("the due job reads what is due, never the whole index");
            }
        }, new SlaNoticeLog() {
            @Override
            public boolean record(SlaNotice notice) {
                return true;
            }

            @Override
            public List<SlaNotice> list(String requestKey) {
                return List.of();
            }
        }, states, (subject, now) -> Outcome.accepted(new io.paydesk.core.sla.RequestSla(subject.requestKey(), now, List.of())));

        SlaDueJob.Summary summary = new SlaDueJob(endless).run(monday(12, 0));

        assertThat(asked).hasSize(SlaDueJob.MAX_BATCHES).containsOnly(SlaDueJob.BATCH);
        assertThat(summary.more()).isTrue();
        assertThat(summary.read()).isEqualTo(SlaDueJob.MAX_BATCHES * SlaDueJob.BATCH);
        assertThat(summary.text()).endsWith("; more left for the next run");
    }
}
