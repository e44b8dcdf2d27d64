package io.paydesk.core.dispute.deadline;

import io.paydesk.core.common.Outcome;
import io.paydesk.core.common.Refusal;
import io.paydesk.core.dispute.DisputeMessageKeys;
import io.paydesk.core.dispute.scheme.DisputeStage;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * One immutable revision of the deadline rules. Editing a rule never changes a book: it makes the next
 * revision, so every {@link StageDeadline} computed earlier keeps the version and the value it was
 * computed with, and an old revision can still be read to explain it.
 *
 * <p>Within a book rule ids are unique and no two rules have the same selectors, so exactly one rule
 * (the most specific match) decides each deadline.
 */
public final class DeadlineRuleBook {

    private final RuleBookVersion version;
    private final Instant createdAt;
    private final String createdBy;
    private final List<DeadlineRule> rules;

    private DeadlineRuleBook(RuleBookVersion version, Instant createdAt, String createdBy, List<DeadlineRule> rules) {
        this.version = version;
        this.createdAt = createdAt;
        // Written as a "name=value" line of the table: no line break, no ';'.
        this.createdBy = createdBy.replace(';', ',').replaceAll("\\R", " ").strip();
        this.rules = List.copyOf(rules);
    }

    /** A book from rules checked for unique ids and selectors; refusals name the clashing rule. */
    public static Outcome<DeadlineRuleBook> of(RuleBookVersion version, Instant createdAt, String createdBy,
            List<DeadlineRule> rules) {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(createdBy, "createdBy");
        if (createdBy.isBlank()) {
            throw new IllegalArgumentException("a rule book revision names who made it");
        }
        List<Refusal> refusals = clashes(rules, i -> "rule");
        if (!refusals.isEmpty()) {
            return Outcome.refused(refusals);
        }
        return Outcome.accepted(new DeadlineRuleBook(version, createdAt, createdBy, rules));
    }

    /**
     * Rules that clash with an earlier one: the same id, or the same selectors. Each refusal is on the later
     * rule, in the field {@code fieldOf} names for its index (a table names its line).
     */
    static List<Refusal> clashes(List<DeadlineRule> rules, IntFunction<String> fieldOf) {
        List<Refusal> refusals = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            DeadlineRule rule = rules.get(i);
            for (int j = 0; j < i; j++) {
                DeadlineRule earlier = rules.get(j);
                if (earlier.id().equals(rule.id())) {
                    refusals.add(Refusal.of(fieldOf.apply(i), rule.id(), DisputeMessageKeys.RULE_DUPLICATE_ID));
                } else if (earlier.sameSelectorsAs(rule)) {
                    refusals.add(Refusal.of(fieldOf.apply(i), rule.id(), DisputeMessageKeys.RULE_DUPLICATE_SELECTORS,
                            earlier.id()));
                }
            }
        }
        return refusals;
    }

    public RuleBookVersion version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public List<DeadlineRule> rules() {
        return rules;
    }

    public Optional<DeadlineRule> rule(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /**
     * The next revision with {@code rule} added, or replacing the rule with the same id. This book is left
     * as it was.
     */
    public Outcome<DeadlineRuleBook> withRule(DeadlineRule rule, String editedBy, Clock clock) {
        Objects.requireNonNull(rule, "rule");
        List<DeadlineRule> next = new ArrayList<>(rules.size() + 1);
        boolean replaced = false;
        for (DeadlineRule existing : rules) {
            if (existing.id().equals(rule.id())) {
                next.add(rule);
                replaced = true;
            } else {
                next.add(existing);
            }
        }
        if (!replaced) {
            next.add(rule);
        }
        return of(version.next(), clock.instant(), editedBy, next);
    }

    /** The next revision without the rule {@code id}; refused when there is no such rule. */
    public Outcome<DeadlineRuleBook> withoutRule(String id, String editedBy, Clock clock) {
        if (rule(id).isEmpty()) {
            return Outcome.refused(Refusal.of("rule", id, DisputeMessageKeys.RULE_NOT_FOUND, version.toString()));
        }
        return of(version.next(), clock.instant(), editedBy, rules.stream().filter(r -> !r.id().equals(id)).toList());
    }

    /** The rule that decides {@code stage}'s time limit for these facts: the most specific match. */
    public Optional<DeadlineRule> ruleFor(DisputeStage stage, DeadlineFacts facts) {
        return rules.stream()
                .filter(r -> r.scheme().equals(facts.reason().scheme()) && r.stage() == stage)
                .filter(r -> r.reason().matches(facts.reason()))
                .filter(r -> r.region().matches(facts.geography()))
                .filter(r -> r.channel().matches(facts.atm()))
                .max(DeadlineRule.SPECIFICITY);
    }

    /**
     * The last day to enter {@code stage}, business days counted on {@code calendar}. Refused when no rule
     * covers it ({@code deadline.noRule}), when the date the rule counts from is not known yet
     * ({@code deadline.anchorMissing}, e.g. a rule counting from the processing date for a transaction not yet
     * settled), or when a rule in business days meets a calendar without a business day for more than
     * {@link BusinessDays#MAX_GAP_DAYS} days ({@code deadline.noBusinessDay}, naming the calendar).
     */
    public Outcome<StageDeadline> deadlineFor(DisputeStage stage, DeadlineFacts facts, BusinessDayCalendar calendar) {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(calendar, "calendar");
        Optional<DeadlineRule> found = ruleFor(stage, facts);
        if (found.isEmpty()) {
            return Outcome.refused(Refusal.of("stage", stage.name(), DisputeMessageKeys.DEADLINE_NO_RULE,
                    facts.reason().scheme().value(), facts.reason().code(), version.toString()));
        }
        DeadlineRule rule = found.get();
        Optional<LocalDate> start = anchorDate(rule.from(), facts);
        if (start.isEmpty()) {
            return Outcome.refused(Refusal.of(anchorField(rule.from()), "", DisputeMessageKeys.DEADLINE_ANCHOR_MISSING,
                    rule.from().toString(), rule.id()));
        }
        if (rule.count() == DayCount.CALENDAR) {
            return Outcome.accepted(new StageDeadline(stage, start.get().plusDays(rule.days()), start.get(), rule.from(),
                    rule.days(), rule.count(), rule.id(), version, Optional.empty()));
        }
        Optional<LocalDate> due = calendar.days().plusBusinessDays(start.get(), rule.days());
        if (due.isEmpty()) {
            return Outcome.refused(Refusal.of("calendar", calendar.name().orElse(""),
                    DisputeMessageKeys.DEADLINE_NO_BUSINESS_DAY, calendar.name().orElse(""), start.get().toString(),
                    Integer.toString(BusinessDays.MAX_GAP_DAYS), rule.id()));
        }
        return Outcome.accepted(new StageDeadline(stage, due.get(), start.get(), rule.from(), rule.days(), rule.count(),
                rule.id(), version, calendar.name()));
    }

    private static Optional<LocalDate> anchorDate(DeadlineAnchor anchor, DeadlineFacts facts) {
        return switch (anchor.kind()) {
            case TRANSACTION_DATE -> Optional.of(facts.transactionDate());
            case PROCESSING_DATE -> facts.processingDate();
            case EXPECTED_SERVICE_DATE -> facts.expectedServiceDate().or(facts::processingDate);
            case PREVIOUS_STAGE -> facts.lastStageDate();
            case STAGE -> facts.dateOf(anchor.stage().orElseThrow());
        };
    }

    private static String anchorField(DeadlineAnchor anchor) {
        return switch (anchor.kind()) {
            case TRANSACTION_DATE -> "transactionDate";
            case PROCESSING_DATE, EXPECTED_SERVICE_DATE -> "settlementDate";
            case PREVIOUS_STAGE, STAGE -> "stage";
        };
    }

    /** Rules in a stable order for display and for writing the table: scheme, stage, then specificity. */
    public List<DeadlineRule> sortedRules() {
        return rules.stream().sorted(Comparator.comparing((DeadlineRule r) -> r.scheme().value())
                .thenComparing(DeadlineRule::stage).thenComparing(DeadlineRule.SPECIFICITY)
                .thenComparing(DeadlineRule::id)).toList();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DeadlineRuleBook other && version.equals(other.version) && createdAt.equals(other.createdAt)
                && createdBy.equals(other.createdBy) && rules.equals(other.rules);
    }

    @Override
    public int hashCode() {
        return Objects.hash(version, createdAt, createdBy, rules);
    }

    @Override
    public String toString() {
        return "DeadlineRuleBook " + version + " (" + rules.size() + " rules)";
    }
}
