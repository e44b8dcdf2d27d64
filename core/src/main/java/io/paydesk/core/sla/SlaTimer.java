package io.paydesk.core.sla;

import io.paydesk.core.calendar.BusinessCalendar;
import io.paydesk.core.calendar.TimeWindow;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One cycle of one goal of one request, as of the moment it was evaluated: the policy version it runs
 * under, the business time it used (paused time not counted), what is left, its state, the warning
 * thresholds it crossed, and what happens next to it and when. Computed by {@link SlaTimers}; never
 * changed, only evaluated again.
 *
 * <p>Not a record only because it keeps the calendar it was measured on, privately, to explain itself:
 * {@link #segments()}. Two timers are equal when everything they report is.
 */
public final class SlaTimer {

    private final PolicyRef policy;
    private final GoalKind goal;
    private final int cycle;
    private final Duration target;
    private final CalendarName calendarName;
    private final Instant startedAt;
    private final Optional<Instant> stoppedAt;
    private final Instant evaluatedAt;
    private final Duration elapsed;
    private final TimerState state;
    private final List<ThresholdCrossing> thresholdsCrossed;
    private final Optional<Due> nextDue;
    private final List<PauseWindow> pauses;
    private final BusinessCalendar calendar;

    SlaTimer(PolicyRef policy, SlaGoal goal, int cycle, Instant startedAt, Optional<Instant> stoppedAt, Instant evaluatedAt,
            Duration elapsed, TimerState state, List<ThresholdCrossing> thresholdsCrossed, Optional<Due> nextDue,
            List<PauseWindow> pauses, BusinessCalendar calendar) {
        this.policy = policy;
        this.goal = goal.kind();
        this.cycle = cycle;
        this.target = goal.target();
        this.calendarName = goal.calendar();
        this.startedAt = startedAt;
        this.stoppedAt = stoppedAt;
        this.evaluatedAt = evaluatedAt;
        this.elapsed = elapsed;
        this.state = state;
        this.thresholdsCrossed = List.copyOf(thresholdsCrossed);
        this.nextDue = nextDue;
        this.pauses = List.copyOf(pauses);
        this.calendar = calendar;
    }

    /** The policy version this cycle started under and keeps. */
    public PolicyRef policy() {
        return policy;
    }

    public GoalKind goal() {
        return goal;
    }

    /** 1 for the first cycle of this goal, 2 after the first reopening (or cadence restart), and so on. */
    public int cycle() {
        return cycle;
    }

    public Duration target() {
        return target;
    }

    public CalendarName calendar() {
        return calendarName;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Optional<Instant> stoppedAt() {
        return stoppedAt;
    }

    public Instant evaluatedAt() {
        return evaluatedAt;
    }

    /** Business time used from the start to the stop (or to the evaluation), paused time not counted. */
    public Duration elapsed() {
        return elapsed;
    }

    /** {@code target - elapsed}: negative once the goal is overrun. */
    public Duration remaining() {
        return target.minus(elapsed);
    }

    public TimerState state() {
        return state;
    }

    /** The clock still counts or stands still, stopped by nothing yet (breached or not). */
    public boolean isOpen() {
        return stoppedAt.isEmpty();
    }

    /** When it breaches or breached: the due moment of a running cycle, the breach of a breached one. */
    public Optional<Instant> breachAt() {
        return switch (state) {
            case TimerState.Running running -> Optional.of(running.dueAt());
            case TimerState.Breached breached -> Optional.of(breached.at());
            case TimerState.Paused paused -> Optional.empty();
            case TimerState.Met met -> Optional.empty();
        };
    }

    /** The warning thresholds reached, lowest first. */
    public List<ThresholdCrossing> thresholdsCrossed() {
        return thresholdsCrossed;
    }

    /** The next threshold or the breach of a running cycle; nothing when it is paused, stopped or already breached. */
    public Optional<Due> nextDue() {
        return nextDue;
    }

    /**
     * Why the elapsed time is what it is: the working windows that counted and the pauses with their
     * reasons, in order, from the start to the stop (or the evaluation). Business time outside both is
     * none (nights, weekends, holidays). The counting windows add up to {@link #elapsed()}.
     */
    public List<Segment> segments() {
        Instant until = stoppedAt.orElse(evaluatedAt);
        List<TimeWindow> paused = pauses.stream().map(PauseWindow::window).toList();
        List<Segment> segments = new ArrayList<>();
        for (TimeWindow counting : TimeWindow.subtractAll(calendar.windows(startedAt, until), paused)) {
            segments.add(new Segment.Counting(counting));
        }
        for (PauseWindow pause : pauses) {
            segments.add(new Segment.Paused(pause.window(), pause.reason(),
                    calendar.within(pause.window().start(), pause.window().end())));
        }
        segments.sort(Comparator.comparing((Segment segment) -> segment.window().start())
                .thenComparing(segment -> segment.window().end()));
        return List.copyOf(segments);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SlaTimer other
                && policy.equals(other.policy) && goal == other.goal && cycle == other.cycle
                && target.equals(other.target) && calendarName.equals(other.calendarName)
                && startedAt.equals(other.startedAt) && stoppedAt.equals(other.stoppedAt)
                && evaluatedAt.equals(other.evaluatedAt) && elapsed.equals(other.elapsed)
                && state.equals(other.state) && thresholdsCrossed.equals(other.thresholdsCrossed)
                && nextDue.equals(other.nextDue) && pauses.equals(other.pauses);
    }

    @Override
    public int hashCode() {
        return Objects.hash(policy, goal, cycle, startedAt, stoppedAt, evaluatedAt, elapsed, state);
    }

    @Override
    public String toString() {
        return "SlaTimer[" + goal + " #" + cycle + " " + policy + ", target " + target + " on " + calendarName
                + ", started " + startedAt + stoppedAt.map(at -> ", stopped " + at).orElse("")
                + ", elapsed " + elapsed + ", " + state + ", crossed " + thresholdsCrossed
                + nextDue.map(due -> ", next " + due).orElse("") + "]";
    }
}
