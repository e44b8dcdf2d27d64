package io.paydesk.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.TimeZone;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class BusinessCalendarPropertiesTest {

    private static final List<BusinessCalendar> CALENDARS = CalendarFixtures.all();

    /** Clock changes, holidays and overrides the fixtures have, where mistakes would show (midnight UTC of each date). */
    private static final List<Instant> LANDMARKS = List.of(
            "2026-03-29", "2026-10-25", "2026-04-05", "2026-09-06", "2026-11-11", "2026-11-27",
            "2026-09-01", "2026-01-10", "2026-01-02", "2026-12-24", "2027-01-01")
            .stream().map(date -> Instant.parse(date + "T00:00:00Z")).toList();

    private static final long DAY = 86_400;

    @Provide
    Arbitrary<BusinessCalendar> calendars() {
        return Arbitraries.of(CALENDARS);
    }

    /** Moments to the nanosecond: mostly within a week of a landmark, sometimes anywhere in 2024–2028. */
    @Provide
    Arbitrary<Instant> moments() {
        Arbitrary<Instant> nearLandmarks = Combinators.combine(
                        Arbitraries.of(LANDMARKS),
                        Arbitraries.longs().between(-8 * DAY, 8 * DAY),
                        Arbitraries.integers().between(0, 999_999_999))
                .as((landmark, seconds, nanos) -> landmark.plusSeconds(seconds).plusNanos(nanos));
        Arbitrary<Instant> anywhere = Combinators.combine(
                        Arbitraries.longs().between(Instant.parse("2024-01-01T00:00:00Z").getEpochSecond(),
                                Instant.parse("2029-01-01T00:00:00Z").getEpochSecond()),
                        Arbitraries.integers().between(0, 999_999_999))
                .as(Instant::ofEpochSecond);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, nearLandmarks), net.jqwik.api.Tuple.of(1, anywhere));
    }

    /** Whole minutes within six days of a landmark: what the minute-stepping reference can answer. */
    @Provide
    Arbitrary<Instant> minutes() {
        return Combinators.combine(Arbitraries.of(LANDMARKS), Arbitraries.longs().between(-6 * 24 * 60, 6 * 24 * 60))
                .as((landmark, minutes) -> landmark.plus(Duration.ofMinutes(minutes)));
    }

    /** Goals from 400 business hours back to 400 ahead, to the nanosecond. */
    @Provide
    Arbitrary<Duration> goals() {
        return Combinators.combine(
                        Arbitraries.longs().between(-400 * 3600, 400 * 3600),
                        Arbitraries.integers().between(0, 999_999_999))
                .as(Duration::ofSeconds)
                .edgeCases(edges -> edges.add(Duration.ZERO));
    }

    @Property
    void businessTimeAddsUpOverConsecutiveSpansInAnyOrder(@ForAll("calendars") BusinessCalendar calendar,
            @ForAll("moments") Instant a, @ForAll("moments") Instant b, @ForAll("moments") Instant c) {
        assertThat(calendar.within(a, b).plus(calendar.within(b, c))).isEqualTo(calendar.within(a, c));
        assertThat(calendar.within(b, a)).isEqualTo(calendar.within(a, b).negated());
    }

    @Property
    void businessTimeIsNeverMoreThanTheElapsedTime(@ForAll("calendars") BusinessCalendar calendar,
            @ForAll("moments") Instant a, @ForAll("moments") Instant b) {
        Duration business = calendar.within(a, b).abs();

        assertThat(business).isLessThanOrEqualTo(Duration.between(a, b).abs());
    }

    @Property
    void aLongerGoalIsNeverDueEarlier(@ForAll("calendars") BusinessCalendar calendar, @ForAll("moments") Instant t,
            @ForAll("goals") Duration d1, @ForAll("goals") Duration d2) {
        Duration shorter = d1.compareTo(d2) <= 0 ? d1 : d2;
        Duration longer = d1.compareTo(d2) <= 0 ? d2 : d1;

        assertThat(calendar.after(t, shorter)).isBeforeOrEqualTo(calendar.after(t, longer));
    }

    @Property
    void theBusinessTimeUntilTheDueMomentIsTheGoal(@ForAll("calendars") BusinessCalendar calendar,
            @ForAll("moments") Instant t, @ForAll("goals") Duration d) {
        assertThat(calendar.within(t, calendar.after(t, d))).isEqualTo(d);
    }

    @Property
    void theDueMomentIsTheEarliestOneForwardAndTheLatestOneBackward(@ForAll("calendars") BusinessCalendar calendar,
            @ForAll("moments") Instant t, @ForAll("goals") Duration d) {
        Instant due = calendar.after(t, d);

        if (d.isPositive()) {
            assertThat(calendar.within(t, due.minusNanos(1))).isLessThan(d);
        } else if (d.isNegative()) {
            assertThat(calendar.within(t, due.plusNanos(1))).isGreaterThan(d);
        } else {
            assertThat(due).isEqualTo(t);
        }
    }

    @Property
    void theWorkingWindowsAddUpToTheBusinessTimeBetween(@ForAll("calendars") BusinessCalendar calendar,
            @ForAll("moments") Instant a, @ForAll @IntRange(max = 40 * 24) int hours) {
        Instant b = a.plus(Duration.ofHours(hours)).plusNanos(hours * 7919L);
        List<TimeWindow> windows = calendar.windows(a, b);

        assertThat(TimeWindow.total(windows)).isEqualTo(calendar.within(a, b));
        for (int i = 1; i < windows.size(); i++) {
            assertThat(windows.get(i - 1).end()).isBefore(windows.get(i).start());
        }
        for (TimeWindow window : windows) {
            assertThat(calendar.isOpenAt(window.start())).isTrue();
            assertThat(calendar.nextOpening(window.start())).isEqualTo(window.start());
        }
    }

    @Property(tries = 300)
    void businessTimeBetweenAgreesWithMinuteStepping(@ForAll("calendars") BusinessCalendar calendar,
            @ForAll("minutes") Instant a, @ForAll @IntRange(max = 4 * 24 * 60) int spanMinutes) {
        Instant b = a.plus(Duration.ofMinutes(spanMinutes));
        MinuteSteppingCalendar reference = new MinuteSteppingCalendar(calendar);

        assertThat(calendar.within(a, b)).isEqualTo(reference.within(a, b));
        assertThat(calendar.within(b, a)).isEqualTo(reference.within(b, a));
        assertThat(calendar.isOpenAt(a)).isEqualTo(reference.isOpenAt(a));
    }

    @Property(tries = 300)
    void theDueMomentAgreesWithMinuteStepping(@ForAll("calendars") BusinessCalendar calendar,
            @ForAll("minutes") Instant t, @ForAll @IntRange(min = -900, max = 900) int goalMinutes) {
        Duration goal = Duration.ofMinutes(goalMinutes);

        assertThat(calendar.after(t, goal)).isEqualTo(new MinuteSteppingCalendar(calendar).after(t, goal));
    }

    @Property(tries = 40)
    void resultsDoNotDependOnTheServersTimeZone(@ForAll("oddZones") String serverZone,
            @ForAll @IntRange(max = 5) int which, @ForAll("moments") Instant t, @ForAll("goals") Duration d) {
        BusinessCalendar calendar = CalendarFixtures.all().get(which);
        Instant due = calendar.after(t, d);
        List<TimeWindow> windows = calendar.windows(t, t.plus(Duration.ofDays(3)));
        TimeZone original = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone(serverZone));
            BusinessCalendar builtOnOddServer = CalendarFixtures.all().get(which);

            assertThat(builtOnOddServer.after(t, d)).isEqualTo(due);
            assertThat(builtOnOddServer.within(t, due)).isEqualTo(d);
            assertThat(builtOnOddServer.windows(t, t.plus(Duration.ofDays(3)))).isEqualTo(windows);
        } finally {
            TimeZone.setDefault(original);
        }
    }

    @Provide
    Arbitrary<String> oddZones() {
        return Arbitraries.of("Pacific/Chatham", "Asia/Kathmandu", "America/St_Johns", "Pacific/Kiritimati", "Australia/Lord_Howe");
    }
}
