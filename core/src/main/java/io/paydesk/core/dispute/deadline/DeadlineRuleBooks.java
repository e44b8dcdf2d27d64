package io.paydesk.core.dispute.deadline;

import io.paydesk.core.common.Outcome;
import java.util.List;
import java.util.Optional;

/**
 * Port: where rule-book revisions are kept. Revisions are only ever added; the app stores them (e.g. as
 * the table text of {@link DeadlineRuleTable#write}) so every past revision can be read back.
 */
public interface DeadlineRuleBooks {

    /** The revision used for new deadlines. */
    DeadlineRuleBook current();

    /** Any revision ever published, to explain a deadline computed under it. */
    Optional<DeadlineRuleBook> version(RuleBookVersion version);

    /** Every revision, oldest first. */
    List<DeadlineRuleBook> history();

    /**
     * Makes {@code next} current. Refused ({@code rule.staleRevision}) unless it is exactly the revision
     * after the current one of the same book: two administrators editing at once cannot overwrite each other.
     */
    Outcome<DeadlineRuleBook> publish(DeadlineRuleBook next);
}
