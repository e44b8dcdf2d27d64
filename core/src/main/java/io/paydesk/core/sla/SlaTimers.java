package io.paydesk.core.sla;

import io.paydesk.core.calendar.BusinessCalendar;
import io.paydesk.core.calendar.TimeWindow;
import io.paydesk.core.common.Outcome;
import io.paydesk.core.common.Refusal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Computes a request's SLA timers from facts alone: policy versions, calendars, the request's events and
 * the moment of evaluation. Nothing is stored or mutated, so "recompute from history" is evaluating
 * again, for one request or for many; the same facts always give the same timers.
 *
 * <h2>How</h2>
 * <ol>
 *   <li>Only the events that had happened by {@code now} count, in {@link RequestEvent#ORDER}.</li>
 *   <li>Walking them, the request's status and priority are followed, and for each goal kind an event
 *       that matches the goal's start trigger (with no cycle running) starts a cycle under the policy
 *       version that applies at that moment; one that matches its stop trigger ends the cycle; one that
 *       matches its restart trigger ends it and starts the next at once. A cycle keeps its version, goal
 *       and pause rules to the end.</li>
 *   <li>A cycle's pauses are the stretches its policy pauses for in the status history (a calendar
 *       break, as in Zammad); elapsed business time is the working time of the cycle less the working
 *       time of its pauses ({@link Segment}s show the same with {@link TimeWindow#subtractAll}).</li>
 *   <li>The due moment is the earliest at which that elapsed time reaches the goal, counting the known
 *       pauses and assuming no further ones; thresholds are the moments it reaches their share of the
 *       goal. A clock on hold has no due moment until it runs again.</li>
 * </ol>
 * Work per request is a few calendar look-ups per cycle and pause, never a walk through time.
 */
public final class SlaTimers {

    private static final GoalKind[] KINDS = GoalKind.values();

    /** The policy version that applies when a cycle starts at {@code at} with the request at {@code priority}; {@code null} for none. */
    @FunctionalInterface
    private interface Binding {
        SlaPolicy at(Instant at, String priority);
    }

    private SlaTimers() {
    }

    /**
     * The request's timers under this one policy version, whatever the request's scope (an admin preview,
     * a test). Refused only when a goal names a calendar that is not given.
     */
    public static Outcome<RequestSla> evaluate(SlaPolicy policy, SlaCalendars calendars, EventHistory history, Instant now) {
        Objects.requireNonNull(policy, "policy");
        return evaluate((at, priority) -> policy, calendars, history, now);
    }

    /**
     * The request's timers under the book's policies: each cycle runs under the most specific policy that
     * matches the request when the cycle starts, in the version in effect then.
     */
    public static Outcome<RequestSla> evaluate(SlaPolicyBook book, SlaSubject subject, SlaCalendars calendars,
            EventHistory history, Instant now) {
        if (!subject.requestKey().equals(history.requestKey())) {
            throw new IllegalArgumentException("the history of " + history.requestKey() + " is not " + subject.requestKey() + "'s");
        }
        return evaluate(new BookBinding(book, subject), calendars, history, now);
    }

    /**
     * The book's choice for one request, remembered while neither the priority changes nor a new version
     * takes effect: a request's events mostly share one answer, and asking the book each time would scan
     * every policy.
     */
    private static final class BookBinding implements Binding {
        private final SlaPolicyBook book;
        private final SlaSubject subject;
        private String priority;
        private Instant from;
        private Instant until;
        private SlaPolicy policy;

        BookBinding(SlaPolicyBook book, SlaSubject subject) {
            this.book = book;
            this.subject = subject;
        }

        @Override
        public SlaPolicy at(Instant at, String atPriority) {
            if (from == null || !atPriority.equals(priority) || at.isBefore(from) || (until != null && !at.isBefore(until))) {
                priority = atPriority;
                from = at;
                until = book.nextChangeAfter(at).orElse(null);
                policy = book.select(subject, atPriority, at).orElse(null);
            }
            return policy;
        }
    }

    /** Recompute one request from its stored events: history, then timers; refused if the events or calendars do not fit. */
    public static Outcome<RequestSla> recompute(SlaPolicyBook book, SlaCalendars calendars, SlaRequest request, Instant now) {
        return switch (EventHistory.of(request.subject().requestKey(), request.events())) {
            case Outcome.Accepted<EventHistory> history -> evaluate(book, request.subject(), calendars, history.value(), now);
            case Outcome.Refused<EventHistory> refused -> Outcome.refused(refused.refusals());
        };
    }

    /**
     * Recompute many requests, each on its own: one request's refusal never stops the others. By request
     * key, in the order given (a key given twice keeps its last result).
     */
    public static Map<String, Outcome<RequestSla>> recomputeAll(SlaPolicyBook book, SlaCalendars calendars,
            Collection<SlaRequest> requests, Instant now) {
        Map<String, Outcome<RequestSla>> results = new LinkedHashMap<>(Math.max(16, requests.size() * 4 / 3 + 1));
        for (SlaRequest request : requests) {
            results.put(request.subject().requestKey(), recompute(book, calendars, request, now));
        }
        return results;
    }

    /** One cycle of one goal while the events are walked. */
    private static final class Cycle {
        final int number;
        final SlaPolicy policy;
        final SlaGoal goal;
        final Instant start;
        Instant stop;

        Cycle(int number, SlaPolicy policy, SlaGoal goal, Instant start) {
            this.number = number;
            this.policy = policy;
            this.goal = goal;
            this.start = start;
        }
    }

    /** The request's status changes, in order: when, to which status, and the pause reason the event named. */
    private record StatusHistory(Instant[] at, String[] status, String[] namedReason, int size) {
    }

    private static Outcome<RequestSla> evaluate(Binding binding, SlaCalendars calendars, EventHistory history, Instant now) {
        Objects.requireNonNull(now, "now");
        List<RequestEvent> events = history.until(now);
        int size = events.size();
        Instant[] changedAt = new Instant[size];
        String[] changedTo = new String[size];
        String[] namedReason = new String[size];
        int changes = 0;

        List<Cycle> cycles = new ArrayList<>();
        Cycle[] running = new Cycle[KINDS.length];
        int[] started = new int[KINDS.length];
        String status = "";
        String priority = "";
        for (RequestEvent event : events) {
            String before = status;
            Optional<String> newStatus = event.newStatus();
            if (newStatus.isPresent()) {
                status = newStatus.get();
                changedAt[changes] = event.occurredAt();
                changedTo[changes] = status;
                namedReason[changes] = event.pauseReason().orElse(null);
                changes++;
            }
            if (event.change() instanceof RequestEvent.Change.Created created) {
                priority = created.priority();
            } else if (event.change() instanceof RequestEvent.Change.PriorityChanged changed) {
                priority = changed.to();
            }
            SlaPolicy bound = null;
            boolean boundKnown = false;
            for (GoalKind kind : KINDS) {
                int k = kind.ordinal();
                Cycle cycle = running[k];
                boolean restart = false;
                if (cycle != null) {
                    if (cycle.goal.stops(event, before, status)) {
                        cycle.stop = event.occurredAt();
                        running[k] = null;
                    } else if (cycle.goal.restarts(event, before, status)) {
                        cycle.stop = event.occurredAt();
                        running[k] = null;
                        restart = true;
                    } else {
                        continue;
                    }
                }
                if (!boundKnown) {
                    bound = binding.at(event.occurredAt(), priority);
                    boundKnown = true;
                }
                SlaGoal goal = bound == null ? null : bound.goalOrNull(kind);
                if (goal != null && (restart || goal.starts(event, before, status))) {
                    Cycle next = new Cycle(++started[k], bound, goal, event.occurredAt());
                    running[k] = next;
                    cycles.add(next);
                }
            }
        }

        StatusHistory statuses = new StatusHistory(changedAt, changedTo, namedReason, changes);
        List<SlaTimer> timers = new ArrayList<>(cycles.size());
        List<Refusal> refusals = new ArrayList<>();
        for (Cycle cycle : cycles) {
            Optional<BusinessCalendar> calendar = calendars.find(cycle.goal.calendar());
            if (calendar.isEmpty()) {
                Refusal refusal = Refusal.of("goals." + cycle.goal.kind() + ".calendar", cycle.goal.calendar().value(),
                        SlaRefusals.UNKNOWN_CALENDAR, cycle.policy.ref().toString());
                if (!refusals.contains(refusal)) {
                    refusals.add(refusal);
                }
                continue;
            }
            timers.add(timer(cycle, calendar.get(), statuses, now));
        }
        if (!refusals.isEmpty()) {
            return Outcome.refused(refusals);
        }
        return Outcome.accepted(new RequestSla(history.requestKey(), now, timers));
    }

    private static SlaTimer timer(Cycle cycle, BusinessCalendar calendar, StatusHistory statuses, Instant now) {
        Instant start = cycle.start;
        boolean stopped = cycle.stop != null;
        Instant until = stopped ? cycle.stop : now;
        List<PauseWindow> pauses = pauses(cycle.policy, statuses, start, until);
        TimerState.Paused pausedNow = null;
        boolean lastPauseOpen = false;
        PauseReason reasonNow = stopped ? null : reasonAt(cycle.policy, statuses, now);
        if (reasonNow != null) {
            PauseWindow last = pauses.isEmpty() ? null : pauses.get(pauses.size() - 1);
            lastPauseOpen = last != null && last.window().end().equals(until);
            Instant since = lastPauseOpen && last.reason().equals(reasonNow) ? last.window().start() : now;
            pausedNow = new TimerState.Paused(reasonNow, since);
        }

        Duration elapsed = calendar.within(start, until);
        for (PauseWindow pause : pauses) {
            elapsed = elapsed.minus(calendar.within(pause.window().start(), pause.window().end()));
        }

        Duration target = cycle.goal.target();
        Instant due = reached(calendar, start, target, pauses, lastPauseOpen);
        TimerState state;
        if (stopped) {
            state = due != null && due.isBefore(until)
                    ? new TimerState.Breached(due, overrun(elapsed, target), Optional.of(until), Optional.empty())
                    : new TimerState.Met(until);
        } else if (due != null && !now.isBefore(due)) {
            state = new TimerState.Breached(due, overrun(elapsed, target), Optional.empty(), Optional.ofNullable(pausedNow));
        } else if (pausedNow != null) {
            state = pausedNow;
        } else {
            state = new TimerState.Running(due);
        }

        List<ThresholdCrossing> crossed = new ArrayList<>(cycle.policy.warningPercents().size());
        Due next = null;
        for (int percent : cycle.policy.warningPercents()) {
            // goals are at most a year (3.2e16 ns), so 99 % of one fits a long; Duration.dividedBy would go through BigDecimal
            Instant at = reached(calendar, start, Duration.ofNanos(target.toNanos() * percent / 100), pauses, lastPauseOpen);
            if (at == null) {
                break;
            }
            if (stopped ? at.isBefore(until) : !now.isBefore(at)) {
                crossed.add(new ThresholdCrossing(percent, at));
            } else {
                if (state instanceof TimerState.Running) {
                    next = new Due.Warning(at, cycle.goal.kind(), cycle.number, percent);
                }
                break;
            }
        }
        if (next == null && state instanceof TimerState.Running running) {
            next = new Due.Breach(running.dueAt(), cycle.goal.kind(), cycle.number);
        }
        return new SlaTimer(cycle.policy.ref(), cycle.goal, cycle.number, start, Optional.ofNullable(cycle.stop), now,
                elapsed, state, crossed, Optional.ofNullable(next), pauses, calendar);
    }

    private static Duration overrun(Duration elapsed, Duration target) {
        Duration over = elapsed.minus(target);
        return over.isNegative() ? Duration.ZERO : over;
    }

    /**
     * The earliest moment at which {@code budget} of business time has been used since {@code start},
     * not counting the pauses; {@code null} when it falls after the start of a pause that has not ended.
     */
    private static Instant reached(BusinessCalendar calendar, Instant start, Duration budget, List<PauseWindow> pauses,
            boolean lastPauseOpen) {
        Instant from = start;
        Duration left = budget;
        for (int i = 0; i < pauses.size(); i++) {
            TimeWindow pause = pauses.get(i).window();
            Instant candidate = calendar.after(from, left);
            if (!candidate.isAfter(pause.start())) {
                return candidate;
            }
            if (i == pauses.size() - 1 && lastPauseOpen) {
                return null;
            }
            left = left.minus(calendar.within(from, pause.start()));
            from = pause.end();
        }
        return calendar.after(from, left);
    }

    /** The stretches of {@code [start, until)} during which the policy pauses the clock, with their reasons, in order. */
    private static List<PauseWindow> pauses(SlaPolicy policy, StatusHistory statuses, Instant start, Instant until) {
        if (policy.pauses().isEmpty() || statuses.size() == 0) {
            return List.of();
        }
        int i = 0;
        PauseReason reason = null;
        while (i < statuses.size() && !statuses.at()[i].isAfter(start)) {
            i++;
        }
        if (i > 0) {
            reason = policy.pauseReason(statuses.status()[i - 1], statuses.namedReason()[i - 1]);
        }
        Instant since = start;
        List<PauseWindow> pauses = new ArrayList<>(2);
        for (; i < statuses.size() && statuses.at()[i].isBefore(until); i++) {
            PauseReason next = policy.pauseReason(statuses.status()[i], statuses.namedReason()[i]);
            if (Objects.equals(next, reason)) {
                continue;
            }
            Instant at = statuses.at()[i];
            if (reason != null && at.isAfter(since)) {
                pauses.add(new PauseWindow(new TimeWindow(since, at), reason));
            }
            reason = next;
            since = at;
        }
        if (reason != null && until.isAfter(since)) {
            pauses.add(new PauseWindow(new TimeWindow(since, until), reason));
        }
        return pauses;
    }

    /** Why the policy pauses clocks at {@code at} (after every status change up to it); {@code null} when it does not. */
    private static PauseReason reasonAt(SlaPolicy policy, StatusHistory statuses, Instant at) {
        int i = statuses.size();
        while (i > 0 && statuses.at()[i - 1].isAfter(at)) {
            i--;
        }
        return i == 0 ? null : policy.pauseReason(statuses.status()[i - 1], statuses.namedReason()[i - 1]);
    }
}
