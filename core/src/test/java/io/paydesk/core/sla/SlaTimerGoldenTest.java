package io.paydesk.core.sla;

import static io.paydesk.core.sla.GoalKind.FIRST_RESPONSE;
import static io.paydesk.core.sla.GoalKind.PARTNER_UPDATE;
import static io.paydesk.core.sla.GoalKind.RESOLUTION;
import static io.paydesk.core.sla.SlaFixtures.CALENDARS;
import static io.paydesk.core.sla.SlaFixtures.IN_PROGRESS;
import static io.paydesk.core.sla.SlaFixtures.PENDING;
import static io.paydesk.core.sla.SlaFixtures.WAITING_FOR_CUSTOMER;
import static io.paydesk.core.sla.SlaFixtures.WAITING_FOR_PARTNER;
import static io.paydesk.core.sla.SlaFixtures.aRequest;
import static io.paydesk.core.sla.SlaFixtures.warsaw;
import static org.assertj.core.api.Assertions.assertThat;

import io.paydesk.core.calendar.TimeWindow;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Bank Wiślany's requests on the Warsaw calendar (09:00–17:00 Monday to Friday, Polish holidays): each
 * expectation says how it was counted by hand. Goals: first response 2 h, resolution 8 h, partner
 * update every 4 h; warnings at 50, 75 and 90 %.
 */
class SlaTimerGoldenTest {

    private static final SlaPolicy POLICY = SlaFixtures.wislanyStandardV1();

    private static RequestSla evaluate(RequestStory story, Instant now) {
        return SlaTimers.evaluate(POLICY, CALENDARS, story.history(), now).orElseThrow();
    }

    private static SlaTimer resolution(RequestStory story, Instant now) {
        return evaluate(story, now).latest(RESOLUTION).orElseThrow();
    }

    @Nested
    class AFridayEveningRequest {

        private final Instant friday1650 = warsaw(2026, 11, 27, 16, 50);

        @Test
        void isDueOnMondayAt1650() {
            // Friday 27 Nov 16:50-17:00 = 10 min; weekend; Monday 30 Nov 09:00 + 7 h 50 min = 16:50 CET.
            SlaTimer timer = resolution(aRequest("PAY-1").created(friday1650), warsaw(2026, 11, 28, 12, 0));

            assertThat(timer.state()).isEqualTo(new TimerState.Running(warsaw(2026, 11, 30, 16, 50)));
            assertThat(timer.breachAt()).contains(Instant.parse("2026-11-30T15:50:00Z"));
            assertThat(timer.elapsed()).isEqualTo(Duration.ofMinutes(10));
            assertThat(timer.remaining()).isEqualTo(Duration.ofHours(7).plusMinutes(50));
            assertThat(timer.policy()).isEqualTo(PolicyRef.of("wislany-standard", 1));
        }

        @Test
        void waitingForTheCustomerOnMondayFrom10To14PushesItToTuesdayAt1250() {
            // Used before the pause: Friday 10 min + Monday 09:00-10:00 = 1 h 10 min, so 6 h 50 min left.
            // Paused 10:00-14:00 (4 business hours withheld). Monday 14:00-17:00 = 3 h, 3 h 50 min left;
            // Tuesday 1 Dec 09:00 + 3 h 50 min = 12:50 CET = 11:50 UTC.
            RequestStory story = aRequest("PAY-2").created(friday1650)
                    .movedTo(WAITING_FOR_CUSTOMER, warsaw(2026, 11, 30, 10, 0))
                    .movedTo(IN_PROGRESS, warsaw(2026, 11, 30, 14, 0));

            SlaTimer timer = resolution(story, warsaw(2026, 12, 1, 9, 0));

            assertThat(timer.state()).isEqualTo(new TimerState.Running(warsaw(2026, 12, 1, 12, 50)));
            assertThat(timer.breachAt()).contains(Instant.parse("2026-12-01T11:50:00Z"));
            assertThat(timer.elapsed()).isEqualTo(Duration.ofHours(4).plusMinutes(10));
            assertThat(timer.remaining()).isEqualTo(Duration.ofHours(3).plusMinutes(50));
            assertThat(timer.segments()).containsExactly(
                    new Segment.Counting(window(warsaw(2026, 11, 27, 16, 50), warsaw(2026, 11, 27, 17, 0))),
                    new Segment.Counting(window(warsaw(2026, 11, 30, 9, 0), warsaw(2026, 11, 30, 10, 0))),
                    new Segment.Paused(window(warsaw(2026, 11, 30, 10, 0), warsaw(2026, 11, 30, 14, 0)),
                            PauseReason.CUSTOMER_DOCUMENTS, Duration.ofHours(4)),
                    new Segment.Counting(window(warsaw(2026, 11, 30, 14, 0), warsaw(2026, 11, 30, 17, 0))));
        }

        @Test
        void whileWaitingForTheCustomerItIsPausedWithTheReasonAndNoDueTime() {
            RequestStory story = aRequest("PAY-3").created(friday1650)
                    .movedTo(WAITING_FOR_CUSTOMER, warsaw(2026, 11, 30, 10, 0));

            RequestSla sla = evaluate(story, warsaw(2026, 11, 30, 12, 0));
            SlaTimer timer = sla.latest(RESOLUTION).orElseThrow();

            assertThat(timer.state()).isEqualTo(new TimerState.Paused(PauseReason.CUSTOMER_DOCUMENTS, warsaw(2026, 11, 30, 10, 0)));
            assertThat(timer.elapsed()).isEqualTo(Duration.ofMinutes(70));
            assertThat(timer.breachAt()).isEmpty();
            assertThat(timer.nextDue()).isEmpty();
            // The first response (2 h) had 70 min used too, and is on hold in the same way.
            assertThat(sla.latest(FIRST_RESPONSE).orElseThrow().state()).isInstanceOf(TimerState.Paused.class);
            assertThat(sla.nextDue()).isEmpty();
        }

        @Test
        void anAgentAnsweringOnMondayAt0930MeetsTheFirstResponseGoal() {
            // 10 min on Friday + 30 min on Monday = 40 min of 2 h.
            RequestStory story = aRequest("PAY-4").created(friday1650).agentCommented(warsaw(2026, 11, 30, 9, 30));

            SlaTimer timer = evaluate(story, warsaw(2026, 11, 30, 12, 0)).latest(FIRST_RESPONSE).orElseThrow();

            assertThat(timer.state()).isEqualTo(new TimerState.Met(warsaw(2026, 11, 30, 9, 30)));
            assertThat(timer.elapsed()).isEqualTo(Duration.ofMinutes(40));
            assertThat(timer.remaining()).isEqualTo(Duration.ofMinutes(80));
            assertThat(timer.nextDue()).isEmpty();
        }

        @Test
        void anAgentAnsweringOnMondayAt1100BreachedTheFirstResponseAt1050ByTenMinutes() {
            RequestStory story = aRequest("PAY-5").created(friday1650).agentCommented(warsaw(2026, 11, 30, 11, 0));

            SlaTimer timer = evaluate(story, warsaw(2026, 11, 30, 12, 0)).latest(FIRST_RESPONSE).orElseThrow();

            assertThat(timer.state()).isEqualTo(new TimerState.Breached(warsaw(2026, 11, 30, 10, 50), Duration.ofMinutes(10),
                    Optional.of(warsaw(2026, 11, 30, 11, 0)), Optional.empty()));
        }

        @Test
        void anAnswerAtExactlyTheDueMomentMeetsTheGoal() {
            RequestStory story = aRequest("PAY-6").created(friday1650).agentCommented(warsaw(2026, 11, 30, 10, 50));

            SlaTimer timer = evaluate(story, warsaw(2026, 11, 30, 12, 0)).latest(FIRST_RESPONSE).orElseThrow();

            assertThat(timer.state()).isEqualTo(new TimerState.Met(warsaw(2026, 11, 30, 10, 50)));
            assertThat(timer.elapsed()).isEqualTo(timer.target());
        }
    }

    @Test
    void christmasEveAndChristmasAreSkipped() {
        // Wednesday 23 Dec 16:00-17:00 = 1 h; 24, 25, 26 Dec holidays, 27 Sunday; Monday 28 Dec 09:00 + 7 h = 16:00.
        SlaTimer timer = resolution(aRequest("PAY-7").created(warsaw(2026, 12, 23, 16, 0)), warsaw(2026, 12, 24, 10, 0));

        assertThat(timer.breachAt()).contains(warsaw(2026, 12, 28, 16, 0));
    }

    @Nested
    class WarningThresholds {

        private final RequestStory mondayMorning = aRequest("PAY-10").created(warsaw(2026, 11, 30, 9, 0));

        @Test
        void theNextDueMomentIsTheNextThresholdThenTheBreach() {
            // 8 h from Monday 09:00: 50 % = 4 h at 13:00, 75 % = 6 h at 15:00, 90 % = 7 h 12 min at 16:12, due 17:00.
            SlaTimer atNine = resolution(mondayMorning, warsaw(2026, 11, 30, 9, 0));
            assertThat(atNine.thresholdsCrossed()).isEmpty();
            assertThat(atNine.nextDue()).contains(new Due.Warning(warsaw(2026, 11, 30, 13, 0), RESOLUTION, 1, 50));

            SlaTimer atOne = resolution(mondayMorning, warsaw(2026, 11, 30, 13, 0));
            assertThat(atOne.thresholdsCrossed()).containsExactly(new ThresholdCrossing(50, warsaw(2026, 11, 30, 13, 0)));
            assertThat(atOne.nextDue()).contains(new Due.Warning(warsaw(2026, 11, 30, 15, 0), RESOLUTION, 1, 75));

            SlaTimer atHalfPastFour = resolution(mondayMorning, warsaw(2026, 11, 30, 16, 30));
            assertThat(atHalfPastFour.thresholdsCrossed()).extracting(ThresholdCrossing::percent).containsExactly(50, 75, 90);
            assertThat(atHalfPastFour.thresholdsCrossed().get(2).at()).isEqualTo(warsaw(2026, 11, 30, 16, 12));
            assertThat(atHalfPastFour.nextDue()).contains(new Due.Breach(warsaw(2026, 11, 30, 17, 0), RESOLUTION, 1));
        }

        @Test
        void atTheDueMomentTheTimerIsBreachedAndNothingMoreIsDue() {
            SlaTimer atFive = resolution(mondayMorning, warsaw(2026, 11, 30, 17, 0));
            assertThat(atFive.state()).isEqualTo(new TimerState.Breached(warsaw(2026, 11, 30, 17, 0), Duration.ZERO,
                    Optional.empty(), Optional.empty()));
            assertThat(atFive.nextDue()).isEmpty();

            // Overnight nothing more is used; Tuesday 10:00 is one business hour over.
            SlaTimer tuesday = resolution(mondayMorning, warsaw(2026, 12, 1, 10, 0));
            assertThat(((TimerState.Breached) tuesday.state()).overrun()).isEqualTo(Duration.ofHours(1));
            assertThat(tuesday.remaining()).isEqualTo(Duration.ofHours(-1));
        }

        @Test
        void thresholdsMoveWithAPause() {
            // Waiting for the partner bank 11:00-12:00: 50 % (4 h) reached at 14:00 instead of 13:00.
            RequestStory story = aRequest("PAY-11").created(warsaw(2026, 11, 30, 9, 0))
                    .movedTo(WAITING_FOR_PARTNER, warsaw(2026, 11, 30, 11, 0))
                    .movedTo(IN_PROGRESS, warsaw(2026, 11, 30, 12, 0));

            SlaTimer timer = resolution(story, warsaw(2026, 11, 30, 12, 30));

            assertThat(timer.nextDue()).contains(new Due.Warning(warsaw(2026, 11, 30, 14, 0), RESOLUTION, 1, 50));
            assertThat(timer.breachAt()).contains(warsaw(2026, 12, 1, 9, 0).plus(Duration.ofHours(1)));
        }

        @Test
        void theRequestIsDueAtItsEarliestThresholdAmongAllGoals() {
            // First response 2 h: 50 % at 10:00 comes before the resolution's 50 % at 13:00.
            RequestSla sla = evaluate(mondayMorning, warsaw(2026, 11, 30, 9, 30));

            assertThat(sla.nextDue()).contains(new Due.Warning(warsaw(2026, 11, 30, 10, 0), FIRST_RESPONSE, 1, 50));
        }
    }

    @Nested
    class PauseReasons {

        @Test
        void theAgentCanNameAnotherDeclaredReasonWhenPuttingTheRequestOnHold() {
            RequestStory story = aRequest("PAY-20").created(warsaw(2026, 11, 30, 9, 0))
                    .movedTo(PENDING, warsaw(2026, 11, 30, 10, 0), PauseReason.MERCHANT);

            assertThat(resolution(story, warsaw(2026, 11, 30, 11, 0)).state())
                    .isEqualTo(new TimerState.Paused(PauseReason.MERCHANT, warsaw(2026, 11, 30, 10, 0)));
        }

        @Test
        void aReasonThePolicyDoesNotKnowFallsBackToTheStatusReason() {
            RequestStory story = aRequest("PAY-21").created(warsaw(2026, 11, 30, 9, 0))
                    .movedTo(PENDING, warsaw(2026, 11, 30, 10, 0), "visa-arbitration");

            assertThat(resolution(story, warsaw(2026, 11, 30, 11, 0)).state())
                    .isEqualTo(new TimerState.Paused(PauseReason.SCHEME_OR_ACQUIRER, warsaw(2026, 11, 30, 10, 0)));
        }

        @Test
        void aReasonOnAStatusThatDoesNotPauseIsIgnored() {
            RequestStory story = aRequest("PAY-22").created(warsaw(2026, 11, 30, 9, 0))
                    .movedTo(IN_PROGRESS, warsaw(2026, 11, 30, 10, 0), PauseReason.MERCHANT);

            assertThat(resolution(story, warsaw(2026, 11, 30, 11, 0)).state())
                    .isEqualTo(new TimerState.Running(warsaw(2026, 11, 30, 17, 0)));
        }

        @Test
        void movingFromOneHoldToAnotherSplitsThePauseByReason() {
            RequestStory story = aRequest("PAY-23").created(warsaw(2026, 11, 30, 9, 0))
                    .movedTo(WAITING_FOR_CUSTOMER, warsaw(2026, 11, 30, 10, 0))
                    .movedTo(WAITING_FOR_PARTNER, warsaw(2026, 11, 30, 11, 0))
                    .movedTo(IN_PROGRESS, warsaw(2026, 11, 30, 12, 0));

            List<Segment> segments = resolution(story, warsaw(2026, 11, 30, 13, 0)).segments();

            assertThat(segments).filteredOn(Segment.Paused.class::isInstance).extracting(s -> ((Segment.Paused) s).reason())
                    .containsExactly(PauseReason.CUSTOMER_DOCUMENTS, PauseReason.PARTNER_BANK);
        }

        @Test
        void aBreachedTimerPutOnHoldStaysBreachedAndSaysItIsOnHold() {
            // Created Monday 09:00, breached at 17:00; waiting for the customer from Tuesday 10:00.
            RequestStory story = aRequest("PAY-24").created(warsaw(2026, 11, 30, 9, 0))
                    .movedTo(WAITING_FOR_CUSTOMER, warsaw(2026, 12, 1, 10, 0));

            SlaTimer timer = resolution(story, warsaw(2026, 12, 1, 15, 0));

            assertThat(timer.state()).isEqualTo(new TimerState.Breached(warsaw(2026, 11, 30, 17, 0), Duration.ofHours(1),
                    Optional.empty(), Optional.of(new TimerState.Paused(PauseReason.CUSTOMER_DOCUMENTS, warsaw(2026, 12, 1, 10, 0)))));
        }
    }

    @Test
    void aReopenedRequestStartsANewResolutionCycleAndTheCadenceRestartsWithEachAgentUpdate() {
        // Monday 30 Nov: created 09:00, agent update 10:00, resolved 13:00. Reopened Wednesday 2 Dec 10:00.
        RequestStory story = aRequest("PAY-30").created(warsaw(2026, 11, 30, 9, 0))
                .agentCommented(warsaw(2026, 11, 30, 10, 0))
                .resolved(warsaw(2026, 11, 30, 13, 0))
                .reopened(warsaw(2026, 12, 2, 10, 0));

        RequestSla sla = evaluate(story, warsaw(2026, 12, 2, 15, 0));

        // Resolution: cycle 1 met after 4 h; cycle 2 from Wednesday 10:00 has used 5 h of 8, due Thursday 10:00.
        assertThat(sla.timers(RESOLUTION)).extracting(SlaTimer::cycle, SlaTimer::elapsed, SlaTimer::state).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, Duration.ofHours(4), new TimerState.Met(warsaw(2026, 11, 30, 13, 0))),
                org.assertj.core.groups.Tuple.tuple(2, Duration.ofHours(5), new TimerState.Running(warsaw(2026, 12, 3, 10, 0))));
        assertThat(sla.latest(RESOLUTION).orElseThrow().thresholdsCrossed())
                .containsExactly(new ThresholdCrossing(50, warsaw(2026, 12, 2, 14, 0)));
        // First response: one cycle, met by the 10:00 update; reopening does not restart it.
        assertThat(sla.timers(FIRST_RESPONSE)).extracting(SlaTimer::state)
                .containsExactly(new TimerState.Met(warsaw(2026, 11, 30, 10, 0)));
        // Partner update every 4 h: met at 10:00 (1 h), the next cycle met by the resolution at 13:00 (3 h),
        // the third from the reopening breached at 14:00 and is 1 h over at 15:00.
        assertThat(sla.timers(PARTNER_UPDATE)).extracting(SlaTimer::state).containsExactly(
                new TimerState.Met(warsaw(2026, 11, 30, 10, 0)),
                new TimerState.Met(warsaw(2026, 11, 30, 13, 0)),
                new TimerState.Breached(warsaw(2026, 12, 2, 14, 0), Duration.ofHours(1), Optional.empty(), Optional.empty()));
        // What the scheduler sees next: the resolution's 75 % (6 h) at 16:00.
        assertThat(sla.nextDue()).contains(new Due.Warning(warsaw(2026, 12, 2, 16, 0), RESOLUTION, 2, 75));
    }

    @Test
    void eventsAfterTheEvaluationMomentDoNotCountYet() {
        RequestStory story = aRequest("PAY-31").created(warsaw(2026, 11, 30, 9, 0)).resolved(warsaw(2026, 11, 30, 12, 0));

        assertThat(resolution(story, warsaw(2026, 11, 30, 11, 0)).state()).isInstanceOf(TimerState.Running.class);
        assertThat(resolution(story, warsaw(2026, 11, 30, 12, 0)).state()).isEqualTo(new TimerState.Met(warsaw(2026, 11, 30, 12, 0)));
    }

    @Test
    void aRequestThatWasNeverCreatedHasNoTimers() {
        RequestStory story = aRequest("PAY-32").agentCommented(warsaw(2026, 11, 30, 9, 0));

        assertThat(evaluate(story, warsaw(2026, 11, 30, 12, 0)).timers()).isEmpty();
    }

    private static TimeWindow window(Instant start, Instant end) {
        return TimeWindow.of(start, end);
    }
}
