package io.paydesk.core.dispute.deadline;

import io.paydesk.core.common.Outcome;
import java.time.Clock;
import java.util.Objects;

/**
 * Use case: an administrator changes the deadline rules. Each change publishes the next revision of the
 * current book; nothing already computed is touched.
 */
public final class EditingDeadlineRules {

    private final DeadlineRuleBooks books;
    private final Clock clock;

    public EditingDeadlineRules(DeadlineRuleBooks books, Clock clock) {
        this.books = Objects.requireNonNull(books, "books");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Adds {@code rule}, or replaces the rule with its id. */
    public Outcome<DeadlineRuleBook> save(DeadlineRule rule, String editedBy) {
        return flatMap(books.current().withRule(rule, editedBy, clock));
    }

    public Outcome<DeadlineRuleBook> remove(String ruleId, String editedBy) {
        return flatMap(books.current().withoutRule(ruleId, editedBy, clock));
    }

    private Outcome<DeadlineRuleBook> flatMap(Outcome<DeadlineRuleBook> next) {
        return switch (next) {
            case Outcome.Accepted<DeadlineRuleBook> ok -> books.publish(ok.value());
            case Outcome.Refused<DeadlineRuleBook> refused -> refused;
        };
    }
}
