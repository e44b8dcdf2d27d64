package io.paydesk.core.dispute.deadline;

import java.util.Objects;

/**
 * What publishing an edited table would do, before anything is stored: the revision it was edited from
 * ({@code base}, the current one), the revision it would become ({@code next}, stamped with the editor and
 * the time), its table text as it would be stored, and the changes between the two.
 */
public record RuleBookDraft(DeadlineRuleBook base, DeadlineRuleBook next, String text, RuleBookChanges changes) {

    public RuleBookDraft {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(next, "next");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(changes, "changes");
    }
}
