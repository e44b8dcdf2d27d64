package io.paydesk.core.dispute.deadline;

import io.paydesk.core.common.Outcome;
import java.util.List;
import java.util.Optional;

/**
 * Port: where rule-book revisions are kept. Revisions are only ever added; the app stores each one as its
 * table text ({@link DeadlineRuleTable}) so every past revision can be read back, comments included.
 */
public interface DeadlineRuleBooks {

    /** The revision used for new deadlines. */
    DeadlineRuleBook current();

    /** Any revision ever published, to explain a deadline computed under it. */
    Optional<DeadlineRuleBook> version(RuleBookVersion version);

    /** Every revision, oldest first. */
    List<DeadlineRuleBook> history();

    /** The table text a revision was published as; it reads back to that revision. */
    Optional<String> tableText(RuleBookVersion version);

    /** {@link #publish(DeadlineRuleBook, String)} with the table text {@link DeadlineRuleTable#write} gives. */
    default Outcome<DeadlineRuleBook> publish(DeadlineRuleBook next) {
        return publish(next, DeadlineRuleTable.write(next));
    }

    /**
     * Makes {@code next} current, kept as {@code tableText} (which reads back to {@code next}). Refused
     * ({@code rule.staleRevision}) unless it is exactly the revision after the current one of the same book:
     * two administrators editing at once cannot overwrite each other.
     */
    Outcome<DeadlineRuleBook> publish(DeadlineRuleBook next, String tableText);
}
