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

    public InMemoryDeadlineRuleBooks(DeadlineRuleBook first) {
        revisions.add(Objects.requireNonNull(first, "first"));
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
    public synchronized Outcome<DeadlineRuleBook> publish(DeadlineRuleBook next) {
        RuleBookVersion expected = current().version().next();
        if (!next.version().equals(expected)) {
            return Outcome.refused(Refusal.of("revision", next.version().toString(),
                    DisputeMessageKeys.RULE_STALE_REVISION, expected.toString()));
        }
        revisions.add(next);
        return Outcome.accepted(next);
    }
}
