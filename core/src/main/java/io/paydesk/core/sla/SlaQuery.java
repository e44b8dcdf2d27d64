package io.paydesk.core.sla;

import io.paydesk.core.common.Outcome;
import io.paydesk.core.common.Refusal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An SLA search: requests one of whose goals (or the one goal named) meets the condition. Read from a
 * search's arguments, as the JQL function {@code paydeskSla("breached", "resolution")} and the sandbox's
 * queue filter give them: the condition first, then optionally the goal ({@code first-response},
 * {@code resolution}, {@code partner-update}).
 */
public record SlaQuery(SlaCondition condition, Optional<GoalKind> goal) {

    /** No condition given. Argument: the conditions allowed. */
    public static final String CONDITION_MISSING = "paydesk.error.slaSearch.conditionMissing";
    /** The condition is none of the known ones. Arguments: the conditions allowed. */
    public static final String UNKNOWN_CONDITION = "paydesk.error.slaSearch.unknownCondition";
    /** The goal is none of the known ones. Arguments: the goals allowed. */
    public static final String UNKNOWN_GOAL = "paydesk.error.slaSearch.unknownGoal";
    /** More than two arguments. Argument: how many were given. */
    public static final String TOO_MANY = "paydesk.error.slaSearch.tooManyArguments";

    /** Field names of the refusals: the argument's position and meaning. */
    public static final String CONDITION_FIELD = "condition";
    public static final String GOAL_FIELD = "goal";
    public static final String ARGUMENTS_FIELD = "arguments";

    public SlaQuery {
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(goal, "goal");
    }

    /** How a search writes a goal: {@code first-response}, {@code resolution}, {@code partner-update}. */
    public static String argument(GoalKind goal) {
        return goal.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Every goal argument, in order. */
    public static List<String> goalArguments() {
        return Arrays.stream(GoalKind.values()).map(SlaQuery::argument).toList();
    }

    /**
     * Reads a search's arguments. Refused, with one refusal per wrong argument, when the condition is missing
     * or unknown, the goal is unknown, or there are more than two. A blank goal means any goal.
     */
    public static Outcome<SlaQuery> parse(List<String> arguments) {
        List<Refusal> refusals = new ArrayList<>();
        String allowedConditions = String.join(", ", SlaCondition.arguments());
        String allowedGoals = String.join(", ", goalArguments());
        if (arguments.size() > 2) {
            refusals.add(Refusal.of(ARGUMENTS_FIELD, String.join(", ", arguments), TOO_MANY,
                    Integer.toString(arguments.size())));
        }
        String first = arguments.isEmpty() || arguments.getFirst() == null ? "" : arguments.getFirst().strip();
        Optional<SlaCondition> condition = SlaCondition.parse(first);
        if (first.isEmpty()) {
            refusals.add(Refusal.of(CONDITION_FIELD, "", CONDITION_MISSING, allowedConditions));
        } else if (condition.isEmpty()) {
            refusals.add(Refusal.of(CONDITION_FIELD, first, UNKNOWN_CONDITION, first, allowedConditions));
        }
        String second = arguments.size() < 2 || arguments.get(1) == null ? "" : arguments.get(1).strip();
        Optional<GoalKind> goal = Arrays.stream(GoalKind.values())
                .filter(kind -> argument(kind).equalsIgnoreCase(second)).findFirst();
        if (!second.isEmpty() && goal.isEmpty()) {
            refusals.add(Refusal.of(GOAL_FIELD, second, UNKNOWN_GOAL, second, allowedGoals));
        }
        return refusals.isEmpty() ? Outcome.accepted(new SlaQuery(condition.orElseThrow(), goal)) : Outcome.refused(refusals);
    }

    /** Whether a request with these standings is found: one of its goals (or the goal asked for) meets the condition. */
    public boolean matches(List<SlaStanding> standings) {
        return standings.stream().anyMatch(s -> goal.map(g -> g == s.goal()).orElse(true) && condition.matches(s));
    }
}
