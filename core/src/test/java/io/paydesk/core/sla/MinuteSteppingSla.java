package io.paydesk.core.sla;

import io.paydesk.core.calendar.BusinessCalendar;
import io.paydesk.core.calendar.MinuteSteppingCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The obviously correct, slow version of SLA timers, to check {@link SlaTimers} against: it replays a
 * request minute by minute under one policy version, and every minute that is business time on the
 * {@link MinuteSteppingCalendar} while a cycle runs and the request is not in a pausing status adds a
 * minute to that cycle. The minute a cycle reaches its goal ends at its due moment; a running cycle is
 * stepped on past {@code now}, status unchanged, to find it. Events must fall on whole minutes.
 *
 * <p>It shares only the policy's trigger and pause-reason rules with the real thing (what starts,
 * stops and pauses a clock), never its time arithmetic. The benchmarks measure against it too.
 */
public final class MinuteSteppingSla {

    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final GoalKind[] KINDS = GoalKind.values();

    /** One cycle as the reference sees it; {@code dueAt} is the due moment when known, {@code null} otherwise. */
    public record Clock(GoalKind goal, int cycle, Instant startedAt, Instant stoppedAt, Duration elapsed,
            State state, Instant dueAt) {
    }

    public enum State { RUNNING, PAUSED, MET, BREACHED }

    private static final class Cycle {
        final GoalKind goal;
        final int number;
        final Instant start;
        final long target;
        Instant stop;
        long minutes;
        long future;
        Instant due;

        Cycle(GoalKind goal, int number, Instant start, long target) {
            this.goal = goal;
            this.number = number;
            this.start = start;
            this.target = target;
        }
    }

    private final SlaPolicy policy;
    private final MinuteSteppingCalendar calendar;

    public MinuteSteppingSla(SlaPolicy policy, BusinessCalendar calendar) {
        this.policy = policy;
        this.calendar = new MinuteSteppingCalendar(calendar);
    }

    public List<Clock> evaluate(List<RequestEvent> given, Instant now) {
        Map<EventId, RequestEvent> unique = new LinkedHashMap<>();
        given.forEach(event -> unique.putIfAbsent(event.id(), event));
        List<RequestEvent> events = new ArrayList<>(unique.values());
        events.removeIf(event -> event.occurredAt().isAfter(now));
        events.sort(RequestEvent.ORDER);
        List<Cycle> cycles = new ArrayList<>();
        if (events.isEmpty()) {
            return List.of();
        }
        Cycle[] running = new Cycle[KINDS.length];
        int[] counts = new int[KINDS.length];
        String status = "";
        String reason = null;
        int next = 0;
        for (Instant minute = events.get(0).occurredAt(); ; minute = minute.plus(MINUTE)) {
            while (next < events.size() && !events.get(next).occurredAt().isAfter(minute)) {
                RequestEvent event = events.get(next++);
                String before = status;
                if (event.newStatus().isPresent()) {
                    status = event.newStatus().get();
                    reason = event.pauseReason().orElse(null);
                }
                for (GoalKind kind : KINDS) {
                    Cycle cycle = running[kind.ordinal()];
                    SlaGoal goal = policy.goalOrNull(kind);
                    if (goal == null) {
                        continue;
                    }
                    boolean restart = false;
                    if (cycle != null) {
                        if (goal.stops(event, before, status)) {
                            cycle.stop = event.occurredAt();
                            running[kind.ordinal()] = null;
                        } else if (goal.restarts(event, before, status)) {
                            cycle.stop = event.occurredAt();
                            running[kind.ordinal()] = null;
                            restart = true;
                        } else {
                            continue;
                        }
                    }
                    if (restart || goal.starts(event, before, status)) {
                        Cycle started = new Cycle(kind, ++counts[kind.ordinal()], event.occurredAt(), goal.target().toMinutes());
                        running[kind.ordinal()] = started;
                        cycles.add(started);
                    }
                }
            }
            boolean paused = policy.pauseReason(status, reason) != null;
            boolean beforeNow = minute.isBefore(now);
            boolean anyToFind = false;
            for (Cycle cycle : running) {
                if (cycle != null && (beforeNow || (!paused && cycle.due == null))) {
                    anyToFind = true;
                }
            }
            if (!beforeNow && (paused || !anyToFind)) {
                break;
            }
            if (!paused && calendar.isOpenAt(minute)) {
                for (Cycle cycle : running) {
                    if (cycle != null) {
                        if (beforeNow) {
                            cycle.minutes++;
                        } else {
                            cycle.future++;
                        }
                        if (cycle.minutes + cycle.future == cycle.target && cycle.due == null) {
                            cycle.due = minute.plus(MINUTE);
                        }
                    }
                }
            }
        }
        boolean pausedNow = policy.pauseReason(status, reason) != null;
        List<Clock> clocks = new ArrayList<>();
        for (Cycle cycle : cycles) {
            State state;
            if (cycle.stop != null) {
                state = cycle.due != null && cycle.due.isBefore(cycle.stop) ? State.BREACHED : State.MET;
            } else if (cycle.due != null && !now.isBefore(cycle.due)) {
                state = State.BREACHED;
            } else {
                state = pausedNow ? State.PAUSED : State.RUNNING;
            }
            Instant due = state == State.MET || state == State.PAUSED ? null : cycle.due;
            clocks.add(new Clock(cycle.goal, cycle.number, cycle.start, cycle.stop, Duration.ofMinutes(cycle.minutes), state, due));
        }
        return clocks;
    }
}
