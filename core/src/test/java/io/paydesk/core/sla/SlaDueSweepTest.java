package io.paydesk.core.sla;

import static io.paydesk.core.sla.GoalKind.FIRST_RESPONSE;
import static io.paydesk.core.sla.GoalKind.PARTNER_UPDATE;
import static io.paydesk.core.sla.GoalKind.RESOLUTION;
import static io.paydesk.core.sla.SlaFixtures.CALENDARS;
import static io.paydesk.core.sla.SlaFixtures.IN_PROGRESS;
import static io.paydesk.core.sla.SlaFixtures.WAITING_FOR_CUSTOMER;
import static io.paydesk.core.sla.SlaFixtures.aRequest;
import static io.paydesk.core.sla.SlaFixtures.bookOf;
import static io.paydesk.core.sla.SlaFixtures.warsaw;
import static io.paydesk.core.sla.SlaFixtures.wislanyStandard;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paydesk.core.common.Outcome;
import io.paydesk.core.common.Refusal;
import io.paydesk.core.partner.PartnerId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Bank Wiślany's request PAY-7, raised on Monday 2 March 2026 at 09:00 in Warsaw: first response in 2,
 * partner update every 4 and resolution in 8 business hours, warnings at 50, 75 and 90 %.
 */
class SlaDueSweepTest {

    private static final String KEY = "PAY-7";
    private static final SlaSubject SUBJECT = new SlaSubject(KEY, Optional.of(new PartnerId("12")), "Payment dispute");
    private static final SlaPolicyBook BOOK = bookOf(wislanyStandard());

    private final Map<String, RequestStory> stories = new HashMap<>();
    private final InMemorySlaDueIndex index = new InMemorySlaDueIndex();
    private final InMemorySlaNoticeLog notices = new InMemorySlaNoticeLog();
    private final InMemorySlaStateIndex states = new InMemorySlaStateIndex();
    private final RequestClocks clocks = (subject, now) -> SlaTimers.evaluate(BOOK, subject, CALENDARS,
            stories.get(subject.requestKey()).history(), now);
    private final SlaDueSweep sweep = new SlaDueSweep(index, notices, states, clocks);

    private RequestStory raisedOnMondayAtNine() {
        RequestStory story = aRequest(KEY).created(warsaw(2026, 3, 2, 9, 0));
        stories.put(KEY, story);
        sweep.reindex(SUBJECT, warsaw(2026, 3, 2, 9, 0));
        return story;
    }

    /** The index as another node read it: the same entries, but {@code read} is what is due, as it stood then. */
    private SlaDueIndex servingOnly(SlaDueIndex.Entry read) {
        return new SlaDueIndex() {
            @Override
            public Optional<SlaDueIndex.Entry> find(String requestKey) {
                return index.find(requestKey);
            }

            @Override
            public void put(SlaSubject subject, Optional<Instant> dueAt) {
                index.put(subject, dueAt);
            }

            @Override
            public boolean replace(SlaDueIndex.Entry entry, Optional<Instant> dueAt) {
                return index.replace(entry, dueAt);
            }

            @Override
            public List<SlaDueIndex.Entry> due(Instant now, int limit) {
                return List.of(read);
            }

            @Override
            public List<SlaDueIndex.Entry> page(String afterKey, int limit) {
                return index.page(afterKey, limit);
            }
        };
    }

    private static Instant monday(int hour, int minute) {
        return warsaw(2026, 3, 2, hour, minute);
    }

    private Optional<Instant> indexedAt() {
        return index.find(KEY).orElseThrow().dueAt();
    }

    /** Runs the job at every moment the index names until {@code until}, as a punctual scheduler would. */
    private List<SlaNotice> runPunctuallyUntil(Instant until) {
        List<SlaNotice> emitted = new ArrayList<>();
        for (Optional<Instant> next = indexedAt(); next.isPresent() && !next.get().isAfter(until); next = indexedAt()) {
            emitted.addAll(sweep.sweep(next.get(), 100).emitted());
        }
        return emitted;
    }

    @Test
    void aRaisedRequestIsIndexedAtItsFirstWarning() {
        raisedOnMondayAtNine();

        assertThat(indexedAt()).contains(monday(10, 0));
        assertThat(index.due(monday(9, 59), 10)).isEmpty();
    }

    @Test
    void everyWarningAndBreachIsNoticedOnceAtTheMomentItFellDue() {
        raisedOnMondayAtNine();

        List<SlaNotice> emitted = runPunctuallyUntil(monday(23, 0));

        assertThat(emitted).containsExactly(
                SlaNotice.warning(KEY, FIRST_RESPONSE, 1, 50, monday(10, 0)),
                SlaNotice.warning(KEY, FIRST_RESPONSE, 1, 75, monday(10, 30)),
                SlaNotice.warning(KEY, FIRST_RESPONSE, 1, 90, monday(10, 48)),
                SlaNotice.breach(KEY, FIRST_RESPONSE, 1, monday(11, 0)),
                SlaNotice.warning(KEY, PARTNER_UPDATE, 1, 50, monday(11, 0)),
                SlaNotice.warning(KEY, PARTNER_UPDATE, 1, 75, monday(12, 0)),
                SlaNotice.warning(KEY, PARTNER_UPDATE, 1, 90, monday(12, 36)),
                SlaNotice.breach(KEY, PARTNER_UPDATE, 1, monday(13, 0)),
                SlaNotice.warning(KEY, RESOLUTION, 1, 50, monday(13, 0)),
                SlaNotice.warning(KEY, RESOLUTION, 1, 75, monday(15, 0)),
                SlaNotice.warning(KEY, RESOLUTION, 1, 90, monday(16, 12)),
                SlaNotice.breach(KEY, RESOLUTION, 1, monday(17, 0)));
        assertThat(notices.list(KEY)).containsExactlyElementsOf(emitted);
        assertThat(indexedAt()).as("every clock breached: nothing more is due").isEmpty();
    }

    @Test
    void aJobThatRunsLateNoticesWhatItMissedWithTheTrueInstants() {
        raisedOnMondayAtNine();

        SlaDueSweep.Batch batch = sweep.sweep(monday(12, 10), 100);

        assertThat(batch.read()).isEqualTo(1);
        assertThat(batch.emitted()).extracting(SlaNotice::key, SlaNotice::at).containsExactly(
                org.assertj.core.groups.Tuple.tuple("PAY-7/FIRST_RESPONSE/1/W50", monday(10, 0)),
                org.assertj.core.groups.Tuple.tuple("PAY-7/FIRST_RESPONSE/1/W75", monday(10, 30)),
                org.assertj.core.groups.Tuple.tuple("PAY-7/FIRST_RESPONSE/1/W90", monday(10, 48)),
                org.assertj.core.groups.Tuple.tuple("PAY-7/FIRST_RESPONSE/1/BREACH", monday(11, 0)),
                org.assertj.core.groups.Tuple.tuple("PAY-7/PARTNER_UPDATE/1/W50", monday(11, 0)),
                org.assertj.core.groups.Tuple.tuple("PAY-7/PARTNER_UPDATE/1/W75", monday(12, 0)));
        assertThat(indexedAt()).contains(monday(12, 36));
    }

    @Test
    void runningTwiceOrOnTwoNodesNoticesNothingTwice() {
        raisedOnMondayAtNine();
        SlaDueSweep otherNode = new SlaDueSweep(index, notices, states, clocks);

        int first = sweep.sweep(monday(12, 10), 100).emitted().size();
        SlaDueSweep.Batch again = sweep.sweep(monday(12, 10), 100);
        SlaDueSweep.Batch elsewhere = otherNode.sweep(monday(12, 10), 100);

        assertThat(first).isEqualTo(6);
        assertThat(again.read()).isZero();
        assertThat(elsewhere.emitted()).isEmpty();
        assertThat(notices.list(KEY)).hasSize(6);
    }

    @Test
    void twoNodesThatReadTheSameEntryRecordEachNoticeOnceAndOnlyOneMovesTheEntry() {
        raisedOnMondayAtNine();
        SlaDueIndex.Entry read = index.due(monday(10, 40), 10).getFirst();
        SlaDueSweep otherNode = new SlaDueSweep(servingOnly(read), notices, states, clocks);

        SlaDueSweep.Batch mine = sweep.sweep(monday(10, 40), 100);
        SlaDueSweep.Batch theirs = otherNode.sweep(monday(10, 40), 100);

        assertThat(mine.emitted()).hasSize(2);
        assertThat(mine.superseded()).isZero();
        assertThat(theirs.emitted()).isEmpty();
        assertThat(theirs.superseded()).isEqualTo(1);
        assertThat(notices.list(KEY)).hasSize(2);
        assertThat(indexedAt()).contains(monday(10, 48));
    }

    @Test
    void aPauseTakesTheRequestOutOfTheIndexAndResumingPutsItBackLater() {
        RequestStory story = raisedOnMondayAtNine();

        story.movedTo(WAITING_FOR_CUSTOMER, monday(9, 30), PauseReason.CUSTOMER_DOCUMENTS);
        assertThat(sweep.reindex(SUBJECT, monday(9, 30))).isEmpty();
        assertThat(index.due(monday(16, 0), 10)).isEmpty();

        story.movedTo(IN_PROGRESS, monday(11, 30));
        assertThat(sweep.reindex(SUBJECT, monday(11, 30))).contains(monday(12, 0));

        assertThat(sweep.sweep(monday(12, 0), 100).emitted())
                .containsExactly(SlaNotice.warning(KEY, FIRST_RESPONSE, 1, 50, monday(12, 0)));
    }

    @Test
    void anEventAfterAnUnnoticedMarkKeepsTheRequestDueSoTheMarkIsStillNoticed() {
        RequestStory story = raisedOnMondayAtNine();

        story.agentCommented(monday(10, 40));
        assertThat(sweep.reindex(SUBJECT, monday(10, 40))).contains(monday(10, 0));

        assertThat(sweep.sweep(monday(10, 41), 100).emitted()).containsExactly(
                SlaNotice.warning(KEY, FIRST_RESPONSE, 1, 50, monday(10, 0)),
                SlaNotice.warning(KEY, FIRST_RESPONSE, 1, 75, monday(10, 30)));
        assertThat(indexedAt()).as("the partner update restarted at 10:40: half its 4 hours").contains(monday(12, 40));
    }

    @Test
    void whenEveryClockStopsTheRequestLeavesTheIndex() {
        RequestStory story = raisedOnMondayAtNine();
        sweep.sweep(monday(10, 0), 100);

        story.resolved(monday(10, 20));
        assertThat(sweep.reindex(SUBJECT, monday(10, 20))).isEmpty();

        assertThat(index.due(Instant.MAX, 10)).isEmpty();
        assertThat(notices.list(KEY)).containsExactly(SlaNotice.warning(KEY, FIRST_RESPONSE, 1, 50, monday(10, 0)));
    }

    @Test
    void aRequestWhoseClocksAreRefusedIsTriedAgainLaterWithoutBlockingTheOthers() {
        raisedOnMondayAtNine();
        Refusal noCalendar = Refusal.of("goals.RESOLUTION.calendar", "warsaw-office", SlaRefusals.UNKNOWN_CALENDAR);
        SlaDueSweep refusing = new SlaDueSweep(index, notices, states, (subject, now) -> Outcome.refused(noCalendar));

        SlaDueSweep.Batch batch = refusing.sweep(monday(10, 5), 100);

        assertThat(batch.refused()).containsExactly(new SlaDueSweep.Refused(KEY, List.of(noCalendar)));
        assertThat(batch.emitted()).isEmpty();
        assertThat(indexedAt()).contains(monday(10, 5).plus(SlaDueSweep.RETRY_AFTER));
    }

    @Test
    void aBatchReadsOnlyAsManyRequestsAsItsLimitEarliestFirst() {
        for (int i = 1; i <= 3; i++) {
            String key = "PAY-" + i;
            stories.put(key, aRequest(key).created(monday(9, 10 * i)));
            sweep.reindex(new SlaSubject(key, SUBJECT.partner(), SUBJECT.requestType()), monday(9, 10 * i));
        }

        SlaDueSweep.Batch first = sweep.sweep(monday(11, 0), 2);

        assertThat(first.read()).isEqualTo(2);
        assertThat(first.emitted()).extracting(SlaNotice::requestKey).containsOnly("PAY-1", "PAY-2");
        assertThat(sweep.sweep(monday(11, 0), 2).emitted()).extracting(SlaNotice::requestKey).contains("PAY-3");
    }

    private List<String> found(String condition, String... goal) {
        List<String> arguments = new ArrayList<>(List.of(condition));
        arguments.addAll(List.of(goal));
        return states.search(SlaQuery.parse(arguments).orElseThrow(), 100);
    }

    @Test
    void aRaisedRequestStandsRunningOnEveryGoalAndNothingIsWarnedYet() {
        raisedOnMondayAtNine();

        assertThat(states.find(KEY)).containsExactly(
                new SlaStanding(FIRST_RESPONSE, SlaState.RUNNING, false),
                new SlaStanding(RESOLUTION, SlaState.RUNNING, false),
                new SlaStanding(PARTNER_UPDATE, SlaState.RUNNING, false));
        assertThat(found("running")).containsExactly(KEY);
        assertThat(found("breached")).isEmpty();
        assertThat(found("warned")).isEmpty();
    }

    @Test
    void theSweepAtAWarningInstantMarksTheGoalWarned() {
        raisedOnMondayAtNine();

        sweep.sweep(monday(10, 0), 100);

        assertThat(found("warned", "first-response")).containsExactly(KEY);
        assertThat(found("warned", "resolution")).isEmpty();
        assertThat(found("running", "first-response")).containsExactly(KEY);
    }

    @Test
    void theSweepAtTheBreachInstantTurnsRunningIntoBreached() {
        raisedOnMondayAtNine();
        runPunctuallyUntil(monday(10, 59));
        assertThat(found("breached")).isEmpty();

        runPunctuallyUntil(monday(11, 0));

        assertThat(found("breached", "first-response")).containsExactly(KEY);
        assertThat(found("breached", "resolution")).isEmpty();
        assertThat(found("running", "first-response")).isEmpty();
        assertThat(states.find(KEY)).contains(new SlaStanding(FIRST_RESPONSE, SlaState.BREACHED, false));
    }

    @Test
    void anEventWritesTheNewStandingsAtOnce() {
        RequestStory story = raisedOnMondayAtNine();

        story.movedTo(WAITING_FOR_CUSTOMER, monday(9, 30), PauseReason.CUSTOMER_DOCUMENTS);
        sweep.reindex(SUBJECT, monday(9, 30));
        assertThat(found("paused", "resolution")).containsExactly(KEY);

        story.movedTo(IN_PROGRESS, monday(9, 40));
        story.resolved(monday(9, 50));
        sweep.reindex(SUBJECT, monday(9, 50));

        assertThat(found("met")).containsExactly(KEY);
        assertThat(found("paused")).isEmpty();
        assertThat(found("running")).isEmpty();
    }

    @Test
    void aSweepThatLostTheEntryToANewerEventLeavesTheNewerStandings() {
        RequestStory story = raisedOnMondayAtNine();
        SlaDueIndex.Entry read = index.due(monday(10, 0), 10).getFirst();
        story.resolved(monday(9, 50));
        sweep.reindex(SUBJECT, monday(10, 0));
        stories.put(KEY, aRequest(KEY).created(monday(9, 0)));
        SlaDueSweep stale = new SlaDueSweep(servingOnly(read), notices, states, clocks);

        assertThat(stale.sweep(monday(10, 0), 100).superseded()).isEqualTo(1);

        assertThat(found("met")).containsExactly(KEY);
        assertThat(found("running")).isEmpty();
    }

    @Test
    void refusedClocksLeaveTheLastKnownStandings() {
        raisedOnMondayAtNine();
        Refusal noCalendar = Refusal.of("goals.RESOLUTION.calendar", "warsaw-office", SlaRefusals.UNKNOWN_CALENDAR);
        SlaDueSweep refusing = new SlaDueSweep(index, notices, states, (subject, now) -> Outcome.refused(noCalendar));

        refusing.sweep(monday(10, 5), 100);
        refusing.reindex(SUBJECT, monday(10, 6));

        assertThat(found("running")).containsExactly(KEY);
    }

    @Test
    void aNoticeKeyNamesTheMarkOfTheCycle() {
        assertThat(SlaNotice.warning(KEY, RESOLUTION, 2, 75, monday(9, 0)).key()).isEqualTo("PAY-7/RESOLUTION/2/W75");
        assertThat(SlaNotice.breach(KEY, RESOLUTION, 2, monday(9, 0)).key()).isEqualTo("PAY-7/RESOLUTION/2/BREACH");
    }

    @Test
    void recomputingAllWalksTheWholeIndexPageByPageAndCatchesUpWithWhatTheIndexMissed() {
        RequestStory story = raisedOnMondayAtNine();
        for (String other : List.of("PAY-8", "PAY-9")) {
            stories.put(other, aRequest(other).created(monday(9, 0)));
            sweep.reindex(new SlaSubject(other, SUBJECT.partner(), SUBJECT.requestType()), monday(9, 0));
        }
        story.resolved(monday(9, 50));

        assertThat(sweep.reindexAll(monday(10, 0), 2)).isEqualTo(3);

        assertThat(indexedAt()).isEmpty();
        assertThat(found("met")).containsExactly(KEY);
        assertThat(index.find("PAY-8").orElseThrow().dueAt()).contains(monday(10, 0));
        assertThatThrownBy(() -> sweep.reindexAll(monday(10, 0), 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
