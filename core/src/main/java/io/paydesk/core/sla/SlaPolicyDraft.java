package io.paydesk.core.sla;

import io.paydesk.core.common.Outcome;
import io.paydesk.core.common.Refusal;
import io.paydesk.core.partner.PartnerId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A policy as an administrator entered it, checked all at once when it is published
 * ({@link SlaPolicyBook#publish}), which gives every refusal with its field. Scope values left
 * {@code null} mean "any". Not thread-safe; the policy it becomes is.
 */
public final class SlaPolicyDraft {

    private record GoalInput(GoalKind kind, Duration target, String calendar,
            List<Trigger> startOn, List<Trigger> restartOn, List<Trigger> stopOn) {
    }

    private record PauseInput(String status, String code, String name) {
    }

    private record ReasonInput(String code, String name) {
    }

    private final String id;
    private String name = "";
    private String partner;
    private String requestType;
    private String priority;
    private final List<GoalInput> goals = new ArrayList<>();
    private final List<ReasonInput> reasons = new ArrayList<>();
    private final List<PauseInput> pauses = new ArrayList<>();
    private final List<Integer> thresholds = new ArrayList<>();

    SlaPolicyDraft(String id) {
        this.id = id;
    }

    static SlaPolicyDraft from(SlaPolicy policy) {
        SlaPolicyDraft draft = new SlaPolicyDraft(policy.id().value()).named(policy.name());
        draft.forScope(policy.scope());
        for (SlaGoal goal : policy.goals()) {
            draft.goal(goal.kind(), goal.target(), goal.calendar().value(), goal.startOn(), goal.restartOn(), goal.stopOn());
        }
        for (PauseReason reason : policy.pauseReasons()) {
            draft.pauseReason(reason.code(), reason.name());
        }
        for (PauseCondition pause : policy.pauses()) {
            draft.pauseWhile(pause.status(), pause.reason());
        }
        policy.warningPercents().forEach(draft.thresholds::add);
        return draft;
    }

    public String id() {
        return id;
    }

    public SlaPolicyDraft named(String value) {
        name = value;
        return this;
    }

    /** Only requests of this partner organization; {@code null} for any. */
    public SlaPolicyDraft forPartner(String partnerId) {
        partner = partnerId;
        return this;
    }

    /** Only requests of this request type; {@code null} for any. */
    public SlaPolicyDraft forRequestType(String value) {
        requestType = value;
        return this;
    }

    /** Only requests of this priority; {@code null} for any. */
    public SlaPolicyDraft forPriority(String value) {
        priority = value;
        return this;
    }

    public SlaPolicyDraft forScope(SlaScope scope) {
        partner = scope.partner().map(PartnerId::value).orElse(null);
        requestType = scope.requestType().orElse(null);
        priority = scope.priority().orElse(null);
        return this;
    }

    /** A goal with its kind's usual triggers (see {@link GoalKind}). */
    public SlaPolicyDraft goal(GoalKind kind, Duration target, String calendar) {
        return goal(kind, target, calendar, kind.defaultStart(), kind.defaultRestart(), kind.defaultStop());
    }

    public SlaPolicyDraft goal(GoalKind kind, Duration target, String calendar,
            List<Trigger> startOn, List<Trigger> restartOn, List<Trigger> stopOn) {
        Objects.requireNonNull(kind, "kind");
        goals.add(new GoalInput(kind, target, calendar, nonNull(startOn), nonNull(restartOn), nonNull(stopOn)));
        return this;
    }

    public SlaPolicyDraft firstResponse(Duration target, String calendar) {
        return goal(GoalKind.FIRST_RESPONSE, target, calendar);
    }

    public SlaPolicyDraft resolution(Duration target, String calendar) {
        return goal(GoalKind.RESOLUTION, target, calendar);
    }

    public SlaPolicyDraft partnerUpdate(Duration target, String calendar) {
        return goal(GoalKind.PARTNER_UPDATE, target, calendar);
    }

    /**
     * A reason an agent may name when putting a request on hold (for example {@link PauseReason#MERCHANT}
     * on a general "Pending" status); the reasons of {@link #pauseWhile} are declared with them.
     */
    public SlaPolicyDraft pauseReason(PauseReason reason) {
        return pauseReason(reason.code(), reason.name());
    }

    public SlaPolicyDraft pauseReason(String code, String name) {
        reasons.add(new ReasonInput(code, name));
        return this;
    }

    /** Clocks stand still while a request is in {@code status}, for {@code reason} unless the agent named another declared one. */
    public SlaPolicyDraft pauseWhile(String status, PauseReason reason) {
        return pauseWhile(status, reason.code(), reason.name());
    }

    public SlaPolicyDraft pauseWhile(String status, String reasonCode, String reasonName) {
        pauses.add(new PauseInput(status, reasonCode, reasonName));
        return this;
    }

    /** Warning thresholds in percent of each goal, such as 50, 75, 90; any order. */
    public SlaPolicyDraft warnAt(int... percents) {
        for (int percent : percents) {
            thresholds.add(percent);
        }
        return this;
    }

    /** Checks everything; the policy as the given version, or every refusal found. */
    Outcome<SlaPolicy> check(int version, Instant effectiveFrom, Set<CalendarName> calendars) {
        List<Refusal> refusals = new ArrayList<>();
        if (!SlaPolicyId.isValid(id)) {
            refusals.add(Refusal.of("id", id, SlaRefusals.ID_FORMAT));
        }
        if (name == null || name.isBlank()) {
            refusals.add(Refusal.of("name", name, SlaRefusals.NAME_MISSING));
        }
        SlaScope scope = scope(refusals);
        List<SlaGoal> checkedGoals = goals(calendars, refusals);
        List<PauseReason> checkedReasons = reasons(refusals);
        List<PauseCondition> checkedPauses = pauses(checkedReasons, refusals);
        List<Integer> percents = thresholds(refusals);
        if (!refusals.isEmpty()) {
            return Outcome.refused(refusals);
        }
        return Outcome.accepted(new SlaPolicy(new PolicyRef(new SlaPolicyId(id), version), name.strip(), scope,
                effectiveFrom, checkedGoals, checkedReasons, checkedPauses, percents));
    }

    private SlaScope scope(List<Refusal> refusals) {
        boolean ok = scopeValue("scope.partner", partner, refusals)
                & scopeValue("scope.requestType", requestType, refusals)
                & scopeValue("scope.priority", priority, refusals);
        if (!ok) {
            return null;
        }
        return new SlaScope(Optional.ofNullable(partner).map(PartnerId::new), Optional.ofNullable(requestType),
                Optional.ofNullable(priority));
    }

    private static boolean scopeValue(String field, String value, List<Refusal> refusals) {
        if (value != null && (value.isBlank() || value.length() > 64)) {
            refusals.add(Refusal.of(field, value, SlaRefusals.SCOPE_VALUE));
            return false;
        }
        return true;
    }

    private List<SlaGoal> goals(Set<CalendarName> calendars, List<Refusal> refusals) {
        if (goals.isEmpty()) {
            refusals.add(Refusal.of("goals", "", SlaRefusals.NO_GOALS));
        }
        List<SlaGoal> checked = new ArrayList<>();
        Set<GoalKind> seen = new LinkedHashSet<>();
        for (GoalInput goal : goals) {
            String field = "goals." + goal.kind();
            int before = refusals.size();
            if (!seen.add(goal.kind())) {
                refusals.add(Refusal.of(field, goal.kind().toString(), SlaRefusals.DUPLICATE_GOAL));
            }
            if (goal.target() == null || goal.target().isNegative() || goal.target().isZero()) {
                refusals.add(Refusal.of(field + ".target", String.valueOf(goal.target()), SlaRefusals.GOAL_NOT_POSITIVE));
            } else if (goal.target().compareTo(SlaPolicy.LONGEST_GOAL) > 0) {
                refusals.add(Refusal.of(field + ".target", goal.target().toString(), SlaRefusals.GOAL_TOO_LONG,
                        Long.toString(SlaPolicy.LONGEST_GOAL.toHours())));
            }
            if (goal.calendar() == null || goal.calendar().isBlank()
                    || !calendars.contains(new CalendarName(goal.calendar()))) {
                refusals.add(Refusal.of(field + ".calendar", goal.calendar(), SlaRefusals.UNKNOWN_CALENDAR));
            }
            if (goal.startOn().isEmpty()) {
                refusals.add(Refusal.of(field + ".startOn", "", SlaRefusals.NO_START_TRIGGER));
            }
            if (goal.stopOn().isEmpty() && goal.restartOn().isEmpty()) {
                refusals.add(Refusal.of(field + ".stopOn", "", SlaRefusals.NO_STOP_TRIGGER));
            }
            for (Trigger trigger : goal.stopOn()) {
                if (goal.restartOn().contains(trigger)) {
                    refusals.add(Refusal.of(field + ".restartOn", trigger.toString(), SlaRefusals.STOPS_AND_RESTARTS,
                            trigger.toString()));
                }
            }
            blankStatuses(field + ".startOn", goal.startOn(), refusals);
            blankStatuses(field + ".restartOn", goal.restartOn(), refusals);
            blankStatuses(field + ".stopOn", goal.stopOn(), refusals);
            if (refusals.size() == before) {
                checked.add(new SlaGoal(goal.kind(), goal.target(), new CalendarName(goal.calendar()),
                        distinct(goal.startOn()), distinct(goal.restartOn()), distinct(goal.stopOn())));
            }
        }
        return checked;
    }

    private static void blankStatuses(String field, List<Trigger> triggers, List<Refusal> refusals) {
        for (Trigger trigger : triggers) {
            String status = switch (trigger) {
                case Trigger.On on -> null;
                case Trigger.EntersStatus enters -> enters.status();
                case Trigger.LeavesStatus leaves -> leaves.status();
            };
            if (status != null && status.isBlank()) {
                refusals.add(Refusal.of(field, trigger.toString(), SlaRefusals.BLANK_STATUS));
            }
        }
    }

    /** The declared reasons, then each condition's reason if not declared yet; one name per code. */
    private List<PauseReason> reasons(List<Refusal> refusals) {
        Map<String, PauseReason> declared = new LinkedHashMap<>();
        List<ReasonInput> all = new ArrayList<>(reasons);
        pauses.forEach(pause -> all.add(new ReasonInput(pause.code(), pause.name())));
        for (ReasonInput reason : all) {
            if (!PauseReason.isCode(reason.code()) || reason.name() == null || reason.name().isBlank()) {
                refusals.add(Refusal.of("pauseReasons", reason.code() + " " + reason.name(), SlaRefusals.PAUSE_REASON));
                continue;
            }
            PauseReason known = declared.putIfAbsent(reason.code(), new PauseReason(reason.code(), reason.name().strip()));
            if (known != null && !known.name().equals(reason.name().strip())) {
                refusals.add(Refusal.of("pauseReasons." + reason.code(), reason.name(), SlaRefusals.PAUSE_REASON_CONFLICT,
                        known.name()));
            }
        }
        return List.copyOf(declared.values());
    }

    private List<PauseCondition> pauses(List<PauseReason> declared, List<Refusal> refusals) {
        List<PauseCondition> checked = new ArrayList<>();
        Set<String> statuses = new LinkedHashSet<>();
        for (PauseInput pause : pauses) {
            if (pause.status() == null || pause.status().isBlank()) {
                refusals.add(Refusal.of("pauses", pause.status(), SlaRefusals.BLANK_STATUS));
            } else if (!statuses.add(pause.status())) {
                refusals.add(Refusal.of("pauses." + pause.status(), pause.status(), SlaRefusals.DUPLICATE_PAUSE_STATUS));
            } else {
                declared.stream().filter(reason -> reason.code().equals(pause.code())).findFirst()
                        .ifPresent(reason -> checked.add(new PauseCondition(pause.status(), reason)));
            }
        }
        return checked;
    }

    private List<Integer> thresholds(List<Refusal> refusals) {
        TreeSet<Integer> percents = new TreeSet<>();
        for (int percent : thresholds) {
            if (percent < 1 || percent > 99) {
                refusals.add(Refusal.of("thresholds", Integer.toString(percent), SlaRefusals.THRESHOLD_RANGE));
            } else if (!percents.add(percent)) {
                refusals.add(Refusal.of("thresholds", Integer.toString(percent), SlaRefusals.THRESHOLD_DUPLICATE));
            }
        }
        return List.copyOf(percents);
    }

    private static List<Trigger> nonNull(List<Trigger> triggers) {
        return triggers == null ? List.of() : triggers.stream().filter(Objects::nonNull).toList();
    }

    private static List<Trigger> distinct(List<Trigger> triggers) {
        return List.copyOf(new LinkedHashSet<>(triggers));
    }
}
