package io.paydesk.core.dispute.deadline;

import io.paydesk.core.common.Outcome;
import io.paydesk.core.common.Refusal;
import io.paydesk.core.dispute.DisputeMessageKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Rule-book revisions kept in memory: for tests and for a single-node sandbox, not for a cluster. */
public final class InMemoryDeadlineRuleBooks implements DeadlineRuleBooks {

    private final List<DeadlineRuleBook> revisions = new ArrayList<>();
    private final List<String> texts = new ArrayList<>();

    public InMemoryDeadlineRuleBooks(DeadlineRuleBook first) {
        this(first, DeadlineRuleTable.write(first));
    }

    /** Starts from {@code first}, kept as {@code text} (e.g. the shipped table with its comments). */
    public InMemoryDeadlineRuleBooks(DeadlineRuleBook first, String text) {
        revisions.add(Objects.requireNonNull(first, "first"));
        texts.add(Objects.requireNonNull(text, "text"));
    }

    @Override
    public synchronized DeadlineRuleBook current() {
        return revisions.getLast();
    }

    @Override
    public synchronized Optional<DeadlineRuleBook> version(RuleBookVersion version) {
        return revisions.stream().filter(b -> b.version().equals(version)).findFirst();
    }

    @Override
    public synchronized List<DeadlineRuleBook> history() {
        return List.copyOf(revisions);
    }

    @Override
    public synchronized Optional<String> tableText(RuleBookVersion version) {
        for (int i = 0; i < revisions.size(); i++) {
            if (revisions.get(i).version().equals(version)) {
                return Optional.of(texts.get(i));
            }
        }
        return Optional.empty();
    }

    @Override
    public synchronized Outcome<DeadlineRuleBook> publish(DeadlineRuleBook next, String tableText) {
        RuleBookVersion expected = current().version().next();
        if (!next.version().equals(expected)) {
            return Outcome.refused(Refusal.of("revision", next.version().toString(),
                    DisputeMessageKeys.RULE_STALE_REVISION, expected.toString()));
        }
        revisions.add(next);
        texts.add(Objects.requireNonNull(tableText, "tableText"));
        return Outcome.accepted(next);
    }
}
