package io.paydesk.core.dispute.deadline;

import io.paydesk.core.common.Outcome;
import io.paydesk.core.common.Refusal;
import io.paydesk.core.dispute.DisputeMessageKeys;
import io.paydesk.core.dispute.scheme.SchemeCatalogue;
import java.time.Clock;
import java.util.Objects;

/**
 * Use case: an administrator changes the deadline rules, one rule at a time or by editing the whole table
 * text. Each change publishes the next revision of the current book; nothing already computed is touched.
 */
public final class EditingDeadlineRules {

    private final DeadlineRuleBooks books;
    private final SchemeCatalogue catalogue;
    private final Clock clock;

    public EditingDeadlineRules(DeadlineRuleBooks books, SchemeCatalogue catalogue, Clock clock) {
        this.books = Objects.requireNonNull(books, "books");
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Adds {@code rule}, or replaces the rule with its id. */
    public Outcome<DeadlineRuleBook> save(DeadlineRule rule, String editedBy) {
        return flatMap(books.current().withRule(rule, editedBy, clock));
    }

    public Outcome<DeadlineRuleBook> remove(String ruleId, String editedBy) {
        return flatMap(books.current().withoutRule(ruleId, editedBy, clock));
    }

    /**
     * A dry run of {@link #publish(String, String)}: reads {@code text} and compares it with the current
     * revision, storing nothing. Refused with every bad line of the table, or ({@code rule.staleRevision})
     * when the text's {@code book} and {@code revision} settings do not name the current revision, i.e. it
     * was edited from an older one.
     */
    public Outcome<RuleBookDraft> preview(String text, String editedBy) {
        Objects.requireNonNull(text, "text");
        return switch (DeadlineRuleTable.parse(text, catalogue)) {
            case Outcome.Refused<DeadlineRuleBook> refused -> Outcome.refused(refused.refusals());
            case Outcome.Accepted<DeadlineRuleBook> edited -> draft(text, edited.value(), editedBy);
        };
    }

    /**
     * Publishes {@code text} as the next revision, kept as written (comments included) with its settings
     * set to the new revision, {@code editedBy} and now. Refused as {@link #preview} is, and
     * ({@code rule.unchanged}) when its rules are the current revision's: no empty revisions.
     */
    public Outcome<DeadlineRuleBook> publish(String text, String editedBy) {
        return switch (preview(text, editedBy)) {
            case Outcome.Refused<RuleBookDraft> refused -> Outcome.refused(refused.refusals());
            case Outcome.Accepted<RuleBookDraft> draft -> draft.value().changes().isEmpty()
                    ? Outcome.refused(Refusal.of("revision", draft.value().base().version().toString(),
                            DisputeMessageKeys.RULE_UNCHANGED, draft.value().base().version().toString()))
                    : books.publish(draft.value().next(), draft.value().text());
        };
    }

    private Outcome<RuleBookDraft> draft(String text, DeadlineRuleBook edited, String editedBy) {
        DeadlineRuleBook current = books.current();
        if (!edited.version().equals(current.version())) {
            return Outcome.refused(Refusal.of("revision", edited.version().toString(),
                    DisputeMessageKeys.RULE_STALE_REVISION, current.version().toString()));
        }
        DeadlineRuleBook next = DeadlineRuleBook.of(current.version().next(), clock.instant(), editedBy, edited.rules())
                .orElseThrow();
        String stored = DeadlineRuleTable.restamp(text, next);
        if (!DeadlineRuleTable.parse(stored, catalogue).equals(Outcome.accepted(next))) {
            throw new IllegalStateException("the restamped table does not read back to " + next);
        }
        return Outcome.accepted(new RuleBookDraft(current, next, stored, RuleBookChanges.between(current, next)));
    }

    private Outcome<DeadlineRuleBook> flatMap(Outcome<DeadlineRuleBook> next) {
        return switch (next) {
            case Outcome.Accepted<DeadlineRuleBook> ok -> books.publish(ok.value());
            case Outcome.Refused<DeadlineRuleBook> refused -> refused;
        };
    }
}
