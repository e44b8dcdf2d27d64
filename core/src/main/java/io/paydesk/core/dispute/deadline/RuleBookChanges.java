package io.paydesk.core.dispute.deadline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How one revision's rules differ from another's, rule by rule id: rules added, rules removed, and rules
 * whose id stayed but whose selectors, days, count, start or source changed. The order of rules in a book
 * does not matter (the most specific match decides), so a reordered table has no changes.
 */
public record RuleBookChanges(List<DeadlineRule> added, List<DeadlineRule> removed, List<Changed> changed) {

    /** One rule before and after, with the table columns whose values differ. */
    public record Changed(DeadlineRule before, DeadlineRule after, List<String> columns) {

        public Changed {
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
            columns = List.copyOf(columns);
        }

        public boolean daysChanged() {
            return before.days() != after.days();
        }
    }

    public RuleBookChanges {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
    }

    public static RuleBookChanges between(DeadlineRuleBook before, DeadlineRuleBook after) {
        Map<String, DeadlineRule> old = new LinkedHashMap<>();
        before.sortedRules().forEach(r -> old.put(r.id(), r));
        List<DeadlineRule> added = new ArrayList<>();
        List<Changed> changed = new ArrayList<>();
        for (DeadlineRule rule : after.sortedRules()) {
            DeadlineRule was = old.remove(rule.id());
            if (was == null) {
                added.add(rule);
            } else if (!was.equals(rule)) {
                changed.add(new Changed(was, rule, columns(was, rule)));
            }
        }
        return new RuleBookChanges(added, List.copyOf(old.values()), changed);
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }

    /** The table columns ({@link DeadlineRuleTable#COLUMNS}) whose values differ. */
    private static List<String> columns(DeadlineRule a, DeadlineRule b) {
        List<String> columns = new ArrayList<>();
        add(columns, "scheme", a.scheme(), b.scheme());
        add(columns, "stage", a.stage(), b.stage());
        add(columns, "reason", a.reason(), b.reason());
        add(columns, "region", a.region(), b.region());
        add(columns, "channel", a.channel(), b.channel());
        add(columns, "days", a.days(), b.days());
        add(columns, "count", a.count(), b.count());
        add(columns, "from", a.from(), b.from());
        add(columns, "source", a.source(), b.source());
        return columns;
    }

    private static void add(List<String> columns, String column, Object a, Object b) {
        if (!a.equals(b)) {
            columns.add(column);
        }
    }
}
