package io.paydesk.core.calendar;

import static io.paydesk.core.calendar.CalendarFixtures.KYIV;
import static io.paydesk.core.calendar.CalendarFixtures.SANTIAGO;
import static io.paydesk.core.calendar.CalendarFixtures.TASHKENT;
import static io.paydesk.core.calendar.CalendarFixtures.WARSAW;
import static io.paydesk.core.calendar.CalendarFixtures.at;
import static io.paydesk.core.calendar.CalendarFixtures.local;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Real dates, checked by hand: each expectation says how it was counted. */
class BusinessCalendarGoldenTest {

    @Nested
    class Warsaw {

        private final BusinessCalendar calendar = CalendarFixtures.warsawOfficeHours();

        @Test
        void aRequestRaisedOnFridayAt1650WithAnEightHourGoalIsDueOnMondayAt1650() {
            // Friday 27 Nov 2026: 16:50-17:00 = 10 min; Sat 28, Sun 29 off; Monday 30 Nov (no Polish
            // holiday) 09:00 + 7 h 50 min = 16:50 CET = 15:50 UTC.
            Instant raised = local(WARSAW, 2026, 11, 27, 16, 50);

            Instant due = calendar.after(raised, Duration.ofHours(8));

            assertThat(due).isEqualTo(local(WARSAW, 2026, 11, 30, 16, 50)).isEqualTo("2026-11-30T15:50:00Z");
            assertThat(calendar.within(raised, due)).isEqualTo(Duration.ofHours(8));
        }

        @Test
        void theWeekendOfTheSpringClockChangeAddsNoBusinessTime() {
            // Friday 27 Mar 16:00 CET (+01) to Monday 30 Mar 10:00 CEST (+02): 1 h Friday + 1 h Monday.
            Instant friday = local(WARSAW, 2026, 3, 27, 16, 0);

            assertThat(calendar.after(friday, Duration.ofHours(2))).isEqualTo("2026-03-30T08:00:00Z");
            assertThat(calendar.within(friday, Instant.parse("2026-03-30T08:00:00Z"))).isEqualTo(Duration.ofHours(2));
            assertThat(Duration.between(friday, Instant.parse("2026-03-30T08:00:00Z"))).isEqualTo(Duration.ofHours(65));
        }

        @Test
        void afterTheAutumnClockChangeMondayStartsAt0900WinterTime() {
            // Friday 23 Oct 16:00 CEST (+02) + 2 h = Monday 26 Oct 10:00 CET (+01) = 09:00 UTC.
            Instant friday = local(WARSAW, 2026, 10, 23, 16, 0);

            assertThat(calendar.after(friday, Duration.ofHours(2))).isEqualTo("2026-10-26T09:00:00Z");
        }

        @Test
        void independenceDayOn11NovemberIsSkipped() {
            // Tuesday 10 Nov 16:00 + 2 h: 1 h on Tuesday, Wednesday 11 Nov is a holiday, 1 h on Thursday.
            assertThat(calendar.after(local(WARSAW, 2026, 11, 10, 16, 0), Duration.ofHours(2)))
                    .isEqualTo(local(WARSAW, 2026, 11, 12, 10, 0));
            assertThat(calendar.within(local(WARSAW, 2026, 11, 9, 0, 0), local(WARSAW, 2026, 11, 14, 0, 0)))
                    .isEqualTo(Duration.ofHours(32));
            assertThat(calendar.windows(local(WARSAW, 2026, 11, 9, 0, 0), local(WARSAW, 2026, 11, 14, 0, 0)))
                    .extracting(w -> w.start().atZone(WARSAW).toLocalDate().getDayOfWeek())
                    .containsExactly(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
        }

        @Test
        void anExtraDayOffAfterNewYearPushesTheDueTimeToMonday() {
            // Wed 31 Dec 2025 16:00 + 2 h: 1 h Wednesday; 1 Jan holiday; 2 Jan extra day off; weekend;
            // Monday 5 Jan 09:00 + 1 h.
            assertThat(calendar.after(local(WARSAW, 2025, 12, 31, 16, 0), Duration.ofHours(2)))
                    .isEqualTo(local(WARSAW, 2026, 1, 5, 10, 0));
            assertThat(calendar.hoursOn(LocalDate.of(2026, 1, 2))).isEmpty();
        }

        @Test
        void aGoalThatUsesUpTheDayEndsAtClosingTimeNotAtTheNextOpening() {
            assertThat(calendar.after(local(WARSAW, 2026, 11, 27, 16, 50), Duration.ofMinutes(10)))
                    .isEqualTo(local(WARSAW, 2026, 11, 27, 17, 0));
        }

        @Test
        void countingBackFromMondayMorningLandsOnFridayAfternoonOrOnTheOpening() {
            Instant monday = local(WARSAW, 2026, 3, 30, 10, 0);

            assertThat(calendar.after(monday, Duration.ofHours(-2))).isEqualTo(local(WARSAW, 2026, 3, 27, 16, 0));
            // One hour back is anywhere from Friday 17:00 to Monday 09:00: the latest, closest to the start.
            assertThat(calendar.after(monday, Duration.ofHours(-1))).isEqualTo(local(WARSAW, 2026, 3, 30, 9, 0));
        }
    }

    @Nested
    class Tashkent {

        private final BusinessCalendar calendar = CalendarFixtures.tashkentOfficeHours();

        @Test
        void independenceDayOn1SeptemberIsSkipped() {
            // Monday 31 Aug 17:00 (+05) + 4 h: 1 h Monday, Tuesday 1 Sep is a holiday, Wednesday 09:00 + 3 h.
            assertThat(calendar.after(local(TASHKENT, 2026, 8, 31, 17, 0), Duration.ofHours(4)))
                    .isEqualTo(local(TASHKENT, 2026, 9, 2, 12, 0))
                    .isEqualTo("2026-09-02T07:00:00Z");
            assertThat(calendar.within(local(TASHKENT, 2026, 8, 31, 0, 0), local(TASHKENT, 2026, 9, 3, 0, 0)))
                    .isEqualTo(Duration.ofHours(18));
        }

        @Test
        void aWorkingSaturdayCountsWithItsOwnHours() {
            // Friday 9 Jan 16:00 + 3 h: 2 h Friday, Saturday 10 Jan works 09:00-13:00: 1 h there.
            assertThat(calendar.after(local(TASHKENT, 2026, 1, 9, 16, 0), Duration.ofHours(3)))
                    .isEqualTo(local(TASHKENT, 2026, 1, 10, 10, 0));
            assertThat(calendar.hoursOn(LocalDate.of(2026, 1, 10))).containsExactly(WorkingHours.of(at(9, 0), at(13, 0)));
            assertThat(calendar.hoursOn(LocalDate.of(2026, 1, 17))).isEmpty();
        }

        @Test
        void withoutDaylightSavingTheSameWallTimeIsTheSameUtcTimeAllYear() {
            assertThat(calendar.nextOpening(local(TASHKENT, 2026, 3, 28, 12, 0))).isEqualTo("2026-03-30T04:00:00Z");
            assertThat(calendar.nextOpening(local(TASHKENT, 2026, 10, 24, 12, 0))).isEqualTo("2026-10-26T04:00:00Z");
        }
    }

    @Nested
    class Kyiv {

        @Test
        void aLunchBreakIsNotBusinessTime() {
            BusinessCalendar calendar = CalendarFixtures.kyivWithLunchAndSundayNights();

            assertThat(calendar.after(local(KYIV, 2026, 3, 2, 12, 30), Duration.ofHours(1)))
                    .isEqualTo(local(KYIV, 2026, 3, 2, 14, 30));
            assertThat(calendar.isOpenAt(local(KYIV, 2026, 3, 2, 13, 30))).isFalse();
            assertThat(calendar.within(local(KYIV, 2026, 3, 2, 0, 0), local(KYIV, 2026, 3, 3, 0, 0)))
                    .isEqualTo(Duration.ofHours(8));
        }

        @Test
        void theSundayNightShiftIsAnHourShorterInMarchAndAnHourLongerInOctober() {
            BusinessCalendar calendar = CalendarFixtures.kyivWithLunchAndSundayNights();

            // 29 Mar: 03:00 jumps to 04:00, so 00:00-06:00 is 5 h; 25 Oct: 04:00 goes back to 03:00, 7 h.
            assertThat(calendar.within(local(KYIV, 2026, 3, 29, 0, 0), local(KYIV, 2026, 3, 29, 12, 0)))
                    .isEqualTo(Duration.ofHours(5));
            assertThat(calendar.within(local(KYIV, 2026, 10, 25, 0, 0), local(KYIV, 2026, 10, 25, 12, 0)))
                    .isEqualTo(Duration.ofHours(7));
            // Friday 27 Mar 17:00 (+02) + 5 h: 1 h Friday; Sunday 00:00-03:00 (+02) 3 h; the clocks jump to
            // 04:00 (+03) and 1 h more ends at 05:00 (+03) = 02:00 UTC.
            assertThat(calendar.after(local(KYIV, 2026, 3, 27, 17, 0), Duration.ofHours(5)))
                    .isEqualTo(Instant.parse("2026-03-29T02:00:00Z"));
        }

        @Test
        void aroundTheClockCountsTheRealElapsedTimeAcrossBothClockChanges() {
            BusinessCalendar calendar = CalendarFixtures.kyivAroundTheClock();

            assertThat(calendar.isTwentyFourSeven()).isTrue();
            assertThat(calendar.within(local(KYIV, 2026, 3, 28, 0, 0), local(KYIV, 2026, 3, 30, 0, 0)))
                    .isEqualTo(Duration.ofHours(47));
            assertThat(calendar.within(local(KYIV, 2026, 10, 24, 0, 0), local(KYIV, 2026, 10, 26, 0, 0)))
                    .isEqualTo(Duration.ofHours(49));
            Instant t = Instant.parse("2026-10-24T21:17:03.250Z");
            assertThat(calendar.after(t, Duration.ofHours(30))).isEqualTo(t.plus(Duration.ofHours(30)));
            assertThat(calendar.windows(t, t.plus(Duration.ofDays(900))))
                    .containsExactly(TimeWindow.of(t, t.plus(Duration.ofDays(900))));
        }

        @Test
        void aStartInsideTheSpringGapMovesForwardToTheEndOfTheGap() {
            // 29 Mar 2026 Kyiv: 03:00 jumps to 04:00, so 03:30 does not exist and becomes 04:00 (+03).
            BusinessCalendar calendar = BusinessCalendar.inZone("Europe/Kyiv")
                    .mondayToFriday(at(9, 0), at(17, 0))
                    .workingDay(LocalDate.of(2026, 3, 29), at(3, 30), at(9, 0))
                    .build().orElseThrow();

            assertThat(calendar.windows(local(KYIV, 2026, 3, 29, 0, 0), local(KYIV, 2026, 3, 30, 0, 0)))
                    .containsExactly(TimeWindow.of(Instant.parse("2026-03-29T01:00:00Z"), Instant.parse("2026-03-29T06:00:00Z")));
        }

        @Test
        void aStartInsideTheAutumnOverlapTakesTheEarlierOffset() {
            // 25 Oct 2026 Kyiv: 04:00 (+03) goes back to 03:00 (+02); 03:30 happens twice, the first
            // time (+03, 00:30 UTC) counts, and 09:00 is +02 (07:00 UTC): 6 h 30 min.
            BusinessCalendar calendar = BusinessCalendar.inZone("Europe/Kyiv")
                    .mondayToFriday(at(9, 0), at(17, 0))
                    .workingDay(LocalDate.of(2026, 10, 25), at(3, 30), at(9, 0))
                    .build().orElseThrow();

            assertThat(calendar.windows(local(KYIV, 2026, 10, 25, 0, 0), local(KYIV, 2026, 10, 26, 0, 0)))
                    .containsExactly(TimeWindow.of(Instant.parse("2026-10-25T00:30:00Z"), Instant.parse("2026-10-25T07:00:00Z")));
        }
    }

    @Nested
    class MidnightAndAroundTheClock {

        @Test
        void hoursUntil2400JoinTheNextDaysEarlyHoursIntoOneWindow() {
            BusinessCalendar calendar = BusinessCalendar.inZone("Europe/Warsaw")
                    .hours(DayOfWeek.FRIDAY, at(22, 0), LocalTime.MAX)
                    .hours(DayOfWeek.SATURDAY, at(0, 0), at(6, 0))
                    .build().orElseThrow();

            assertThat(calendar.after(local(WARSAW, 2026, 11, 27, 23, 0), Duration.ofHours(2)))
                    .isEqualTo(local(WARSAW, 2026, 11, 28, 1, 0));
            assertThat(calendar.windows(local(WARSAW, 2026, 11, 27, 0, 0), local(WARSAW, 2026, 11, 29, 0, 0)))
                    .containsExactly(TimeWindow.of(local(WARSAW, 2026, 11, 27, 22, 0), local(WARSAW, 2026, 11, 28, 6, 0)));
        }

        @Test
        void santiagosClocksChangeAtMidnightAndTheNightDeskStillCountsWallClockHours() {
            BusinessCalendar calendar = CalendarFixtures.santiagoNightDesk();

            // Sat 4 Apr 22:00 (-03) to Sun 5 Apr 06:00 (-04): 23:00-24:00 happens twice, 9 h in all.
            assertThat(calendar.within(local(SANTIAGO, 2026, 4, 4, 12, 0), local(SANTIAGO, 2026, 4, 5, 12, 0)))
                    .isEqualTo(Duration.ofHours(9));
            // Sat 5 Sep 22:00 (-04) to Sun 6 Sep 06:00 (-03): midnight does not exist, 00:00-01:00 is skipped.
            assertThat(calendar.within(local(SANTIAGO, 2026, 9, 5, 12, 0), local(SANTIAGO, 2026, 9, 6, 12, 0)))
                    .isEqualTo(Duration.ofHours(7));
        }

        @Test
        void aroundTheClockWithAHolidayClosesForThatWholeLocalDay() {
            BusinessCalendar calendar = BusinessCalendar.inZone("Asia/Tashkent").twentyFourSeven()
                    .holiday(LocalDate.of(2026, 9, 1), "Mustaqillik kuni")
                    .build().orElseThrow();

            assertThat(calendar.within(local(TASHKENT, 2026, 8, 31, 0, 0), local(TASHKENT, 2026, 9, 3, 0, 0)))
                    .isEqualTo(Duration.ofHours(48));
            assertThat(calendar.nextOpening(local(TASHKENT, 2026, 9, 1, 8, 0))).isEqualTo(local(TASHKENT, 2026, 9, 2, 0, 0));
        }
    }

    @Nested
    class ZeroAndNegativeSpans {

        private final BusinessCalendar calendar = CalendarFixtures.warsawOfficeHours();

        @Test
        void fromAMomentToItselfThereIsNoBusinessTime() {
            Instant t = local(WARSAW, 2026, 11, 27, 12, 0);

            assertThat(calendar.within(t, t)).isZero();
        }

        @Test
        void businessTimeBackwardsIsNegative() {
            Instant friday = local(WARSAW, 2026, 11, 27, 12, 0);
            Instant monday = local(WARSAW, 2026, 11, 30, 12, 0);

            assertThat(calendar.within(monday, friday)).isEqualTo(Duration.ofHours(-8));
            assertThat(calendar.within(friday, monday)).isEqualTo(Duration.ofHours(8));
        }

        @Test
        void aZeroGoalIsDueAtOnceEvenOutsideHoursWhileNextOpeningWaitsForMonday() {
            Instant saturday = local(WARSAW, 2026, 11, 28, 12, 0);

            assertThat(calendar.after(saturday, Duration.ZERO)).isEqualTo(saturday);
            assertThat(calendar.nextOpening(saturday)).isEqualTo(local(WARSAW, 2026, 11, 30, 9, 0));
            assertThat(calendar.nextOpening(local(WARSAW, 2026, 11, 30, 9, 30))).isEqualTo(local(WARSAW, 2026, 11, 30, 9, 30));
        }

        @Test
        void aGoalStartedOutsideHoursRunsFromTheNextOpening() {
            assertThat(calendar.after(local(WARSAW, 2026, 11, 28, 12, 0), Duration.ofMinutes(1)))
                    .isEqualTo(local(WARSAW, 2026, 11, 30, 9, 1));
        }

        @Test
        void momentsOutsideTheSupportedRangeAreAProgrammingError() {
            assertThatThrownBy(() -> calendar.within(Instant.parse("1850-01-01T00:00:00Z"), Instant.parse("2026-01-01T00:00:00Z")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("supported range");
            assertThatThrownBy(() -> calendar.after(Instant.parse("2199-12-01T00:00:00Z"), Duration.ofDays(365)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("supported range");
        }

        @Test
        void spansOfDecadesAreCountedWithoutSteppingThroughThem() {
            BusinessCalendar allDay = CalendarFixtures.kyivAroundTheClock();
            Instant from = Instant.parse("1950-06-01T10:00:00.5Z");
            Instant to = Instant.parse("2150-06-01T10:00:00.25Z");

            assertThat(allDay.within(from, to)).isEqualTo(Duration.between(from, to));
            assertThat(allDay.after(from, Duration.between(from, to))).isEqualTo(to);
            assertThat(allDay.after(to, Duration.between(to, from))).isEqualTo(from);
        }
    }

    @Test
    void theWorkingWindowsOfAWeekWithLunchBreaksAreTwoADay() {
        BusinessCalendar calendar = CalendarFixtures.kyivWithLunchAndSundayNights();

        List<TimeWindow> windows = calendar.windows(local(KYIV, 2026, 3, 2, 0, 0), local(KYIV, 2026, 3, 7, 0, 0));

        assertThat(windows).hasSize(10);
        assertThat(TimeWindow.total(windows)).isEqualTo(Duration.ofHours(40));
    }
}
