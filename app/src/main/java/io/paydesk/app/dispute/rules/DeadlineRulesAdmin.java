package io.paydesk.app.dispute.rules;

import io.paydesk.app.dispute.Disputes;
import io.paydesk.app.platform.MomentText;
import io.paydesk.app.platform.RefusalText;
import io.paydesk.app.platform.Texts;
import io.paydesk.core.common.Outcome;
import io.paydesk.core.common.Refusal;
import io.paydesk.core.dispute.DisputeMessageKeys;
import io.paydesk.core.dispute.deadline.DeadlineAnchor;
import io.paydesk.core.dispute.deadline.DeadlineRule;
import io.paydesk.core.dispute.deadline.DeadlineRuleBook;
import io.paydesk.core.dispute.deadline.RuleBookChanges;
import io.paydesk.core.dispute.deadline.RuleBookDraft;
import io.paydesk.core.dispute.scheme.CardScheme;
import io.paydesk.core.dispute.scheme.ReasonCategory;
import io.paydesk.core.dispute.scheme.SchemeCatalogue;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dispute deadline rules for administrators, host-neutral: Jira's servlet and the sandbox both call it
 * after their own permission and XSRF checks. Shows the current revision and the history; a preview reads an
 * edited table and shows its problems line by line or its changes, storing nothing; a publish stores the next
 * revision only when the table is valid and differs from the current one.
 */
@Named
public class DeadlineRulesAdmin {

    /** Revision times are shown in UTC: the table's {@code createdAt} is an instant, and admins span zones. */
    static final ZoneId SHOWN_IN = ZoneId.of("UTC");
    private static final Pattern LINE_FIELD = Pattern.compile("line (\\d+)(?:: (.+))?");

    private final Disputes disputes;

    @Inject
    public DeadlineRulesAdmin(Disputes disputes) {
        this.disputes = disputes;
    }

    /**
     * The page as it stands; {@code publishedRevision} (a revision number from the redirect after a publish,
     * anything else is ignored) is announced as just published.
     */
    public DeadlineRulesView page(String publishedRevision, Locale viewer, Texts texts) {
        DeadlineRuleBook current = disputes.books().current();
        String notice = publishedRevision == null || !publishedRevision.matches("\\d{1,9}") ? ""
                : texts.get("paydesk.admin.deadlines.published", publishedRevision);
        return view(current, currentText(current), List.of(), false, List.of(), "", notice, viewer, texts);
    }

    /** What publishing {@code text} would do, storing nothing: its problems, or the changes. */
    public DeadlineRulesView preview(String text, String editor, Locale viewer, Texts texts) {
        DeadlineRuleBook current = disputes.books().current();
        String edited = text == null ? "" : text;
        return switch (disputes.editing().preview(edited, editor)) {
            case Outcome.Refused<RuleBookDraft> refused -> refused(edited, refused.refusals(), viewer, texts);
            case Outcome.Accepted<RuleBookDraft> draft -> draft.value().changes().isEmpty()
                    ? view(current, edited, List.of(), true, List.of(), "", unchanged(current, texts), viewer, texts)
                    : view(current, edited, List.of(), true, changeRows(draft.value().changes(), texts),
                            summary(draft.value(), texts), "", viewer, texts);
        };
    }

    /** Publishes {@code text} as the next revision under {@code editor}'s name; see {@link #refused}. */
    public Outcome<DeadlineRuleBook> publish(String text, String editor) {
        return disputes.editing().publish(text == null ? "" : text, editor);
    }

    /**
     * The page after a refused preview or publish, the edited text kept: every problem with its line, column
     * and value, or only a notice when the table equals the current revision.
     */
    public DeadlineRulesView refused(String text, List<Refusal> refusals, Locale viewer, Texts texts) {
        DeadlineRuleBook current = disputes.books().current();
        List<Refusal> problems = refusals.stream()
                .filter(r -> !r.reasonKey().equals(DisputeMessageKeys.RULE_UNCHANGED)).toList();
        String notice = problems.size() < refusals.size() ? unchanged(current, texts) : "";
        return view(current, text, problems.stream().map(r -> errorRow(r, texts)).toList(), false, List.of(), "",
                notice, viewer, texts);
    }

    /** The current revision's table text, as stored, for download. */
    public String currentTable() {
        return currentText(disputes.books().current());
    }

    /** A file name for the current table: {@code deadline-rules-paydesk-defaults-r2.csv}. */
    public String currentTableFileName() {
        DeadlineRuleBook current = disputes.books().current();
        return "deadline-rules-" + current.version().book() + "-r" + current.version().revision() + ".csv";
    }

    private String currentText(DeadlineRuleBook current) {
        return disputes.books().tableText(current.version())
                .orElseThrow(() -> new IllegalStateException("no table text for " + current.version()));
    }

    private static String unchanged(DeadlineRuleBook current, Texts texts) {
        String version = current.version().toString();
        return RefusalText.of(Refusal.of("revision", version, DisputeMessageKeys.RULE_UNCHANGED, version), texts);
    }

    private DeadlineRulesView view(DeadlineRuleBook current, String text, List<RuleTableErrorRow> errors,
                                   boolean previewed, List<RuleChangeRow> changes, String summary, String notice,
                                   Locale viewer, Texts texts) {
        MomentText moments = new MomentText(viewer);
        List<RuleRevisionRow> history = new ArrayList<>();
        for (DeadlineRuleBook book : disputes.books().history()) {
            history.add(new RuleRevisionRow(book.version().revision(), book.version().toString(), book.createdBy(),
                    moments.at(book.createdAt(), SHOWN_IN), book.version().equals(current.version())));
        }
        return new DeadlineRulesView(current.version().toString(), current.version().revision(), current.createdBy(),
                moments.at(current.createdAt(), SHOWN_IN),
                current.sortedRules().stream().map(r -> ruleRow(r, viewer, texts)).toList(),
                history.reversed(), text, errors, previewed, changes, summary, notice);
    }

    private String summary(RuleBookDraft draft, Texts texts) {
        RuleBookChanges changes = draft.changes();
        return texts.get("paydesk.admin.deadlines.changes.summary", draft.next().version().revision(),
                changes.added().size(), changes.removed().size(), changes.changed().size());
    }

    private List<RuleChangeRow> changeRows(RuleBookChanges changes, Texts texts) {
        List<RuleChangeRow> rows = new ArrayList<>();
        for (DeadlineRule rule : changes.added()) {
            rows.add(changeRow(rule, "added", "aui-lozenge-success", limit(rule, texts), texts));
        }
        for (DeadlineRule rule : changes.removed()) {
            rows.add(changeRow(rule, "removed", "aui-lozenge-error", limit(rule, texts), texts));
        }
        for (RuleBookChanges.Changed changed : changes.changed()) {
            List<String> details = new ArrayList<>();
            if (changed.daysChanged()) {
                details.add(texts.get("paydesk.admin.deadlines.change.days", changed.before().days(),
                        changed.after().days(), texts.get(changed.after().count().nameKey())));
            }
            List<String> others = changed.columns().stream().filter(c -> !c.equals("days")).toList();
            if (!others.isEmpty()) {
                details.add(texts.get("paydesk.admin.deadlines.change.columns", String.join(", ", others)));
            }
            rows.add(changeRow(changed.after(), "changed", "aui-lozenge-current", String.join("; ", details), texts));
        }
        return rows;
    }

    private RuleChangeRow changeRow(DeadlineRule rule, String kind, String lozenge, String detail, Texts texts) {
        return new RuleChangeRow(texts.get("paydesk.admin.deadlines.change." + kind), lozenge, rule.id(),
                schemeName(rule), texts.get(rule.stage().nameKey()), detail);
    }

    private static String limit(DeadlineRule rule, Texts texts) {
        return texts.get("paydesk.admin.deadlines.change.limit", rule.days(), texts.get(rule.count().nameKey()),
                from(rule.from(), texts));
    }

    private DeadlineRuleRow ruleRow(DeadlineRule rule, Locale viewer, Texts texts) {
        return new DeadlineRuleRow(rule.id(), schemeName(rule), texts.get(rule.stage().nameKey()), reason(rule, texts),
                region(rule, viewer, texts), texts.get("paydesk.admin.deadlines.channel." + switch (rule.channel()) {
                    case ANY -> "any";
                    case ATM -> "atm";
                    case NOT_ATM -> "notAtm";
                }), rule.days(), texts.get(rule.count().nameKey()), from(rule.from(), texts), rule.source());
    }

    private String schemeName(DeadlineRule rule) {
        return disputes.schemes().scheme(rule.scheme()).map(CardScheme::name).orElse(rule.scheme().value());
    }

    private String reason(DeadlineRule rule, Texts texts) {
        SchemeCatalogue schemes = disputes.schemes();
        String value = rule.reason().value();
        return switch (rule.reason().kind()) {
            case ANY -> texts.get("paydesk.admin.deadlines.reason.any");
            case CATEGORY -> texts.get("paydesk.admin.deadlines.reason.category", schemes.categories(rule.scheme())
                    .stream().filter(c -> c.id().equals(value)).findFirst().map(ReasonCategory::nameKey)
                    .map(texts::get).orElse(value), value);
            case CODE -> texts.get("paydesk.admin.deadlines.reason.code", value, schemes.reason(rule.scheme(), value)
                    .map(r -> texts.get(r.descriptionKey())).orElse(""));
        };
    }

    private static String region(DeadlineRule rule, Locale viewer, Texts texts) {
        String value = rule.region().value();
        return switch (rule.region().kind()) {
            case ANY -> texts.get("paydesk.admin.deadlines.region.any");
            case DOMESTIC -> texts.get("paydesk.admin.deadlines.region.domestic",
                    Locale.of("", value).getDisplayCountry(viewer), value);
            case REGION -> texts.get("paydesk.admin.deadlines.region.region", value);
        };
    }

    private static String from(DeadlineAnchor anchor, Texts texts) {
        return anchor.stage().map(s -> texts.get(anchor.nameKey(), texts.get(s.nameKey())))
                .orElseGet(() -> texts.get(anchor.nameKey()));
    }

    /** A refusal's field is {@code line 12: days}, {@code line 12} or a setting's name ({@code revision}). */
    private static RuleTableErrorRow errorRow(Refusal refusal, Texts texts) {
        Matcher field = LINE_FIELD.matcher(refusal.field());
        String problem = RefusalText.of(refusal, texts);
        if (field.matches()) {
            return new RuleTableErrorRow(field.group(1), field.group(2) == null ? "" : field.group(2),
                    refusal.rejectedValue(), problem);
        }
        return new RuleTableErrorRow("", refusal.field(), refusal.rejectedValue(), problem);
    }
}
