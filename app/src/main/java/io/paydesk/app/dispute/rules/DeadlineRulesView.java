package io.paydesk.app.dispute.rules;

import java.util.List;

/**
 * The deadline-rules administration page: the current revision's rules and the revision history, the
 * editor's table text, and after a preview or a publish attempt the problems found or the changes a
 * publish would make. Templates call only these accessors.
 */
public record DeadlineRulesView(
        String version,
        int revision,
        String publishedBy,
        String publishedAt,
        List<DeadlineRuleRow> rules,
        List<RuleRevisionRow> history,
        String text,
        List<RuleTableErrorRow> errors,
        boolean previewed,
        List<RuleChangeRow> changes,
        String changeSummary,
        String notice) {

    public DeadlineRulesView {
        rules = List.copyOf(rules);
        history = List.copyOf(history);
        errors = List.copyOf(errors);
        changes = List.copyOf(changes);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public boolean hasChanges() {
        return !changes.isEmpty();
    }

    public boolean hasNotice() {
        return !notice.isEmpty();
    }
}
