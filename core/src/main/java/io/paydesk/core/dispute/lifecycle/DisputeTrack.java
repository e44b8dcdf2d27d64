package io.paydesk.core.dispute.lifecycle;

import io.paydesk.core.common.Outcome;
import io.paydesk.core.common.Refusal;
import io.paydesk.core.dispute.DisputeMessageKeys;
import io.paydesk.core.dispute.deadline.StageDate;
import io.paydesk.core.dispute.deadline.StageDeadline;
import io.paydesk.core.dispute.scheme.DisputeStage;
import io.paydesk.core.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a dispute state carries: the facts, the stages entered so far (oldest first), the time limit
 * that bites next (empty once nothing more is due, e.g. in arbitration), and the money. Each state type
 * wraps one track and checks that its last stage is the state's stage; the app rebuilds states from
 * stored tracks with the state's constructor.
 */
public record DisputeTrack(DisputeCase facts, List<StageEntry> stages, Optional<StageDeadline> next, FinancialImpact money) {

    /** Field names used in refusals. */
    public static final String DATE_FIELD = "date";
    public static final String AMOUNT_FIELD = "amount";
    public static final String PROVISIONAL_CREDIT_FIELD = "provisionalCredit";

    public DisputeTrack {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(next, "next");
        Objects.requireNonNull(money, "money");
        stages = List.copyOf(stages);
        List<DisputeStage> flow = facts.scheme().flow().stages();
        if (flow.isEmpty()) {
            throw new IllegalArgumentException(facts.scheme().name() + " has no dispute cycle");
        }
        if (stages.isEmpty() || stages.getFirst().stage() != flow.getFirst()) {
            throw new IllegalArgumentException("a dispute starts with " + flow.getFirst());
        }
        for (int i = 1; i < stages.size(); i++) {
            StageEntry before = stages.get(i - 1);
            StageEntry entry = stages.get(i);
            if (flow.indexOf(entry.stage()) <= flow.indexOf(before.stage()) || entry.enteredOn().isBefore(before.enteredOn())) {
                throw new IllegalArgumentException(entry.stage() + " on " + entry.enteredOn() + " cannot follow "
                        + before.stage() + " on " + before.enteredOn());
            }
        }
        if (next.isPresent() && flow.indexOf(next.get().stage()) <= flow.indexOf(stages.getLast().stage())) {
            throw new IllegalArgumentException("the next time limit is for a later stage, not " + next.get().stage());
        }
        if (!money.disputed().equals(facts.disputedAmount())) {
            throw new IllegalArgumentException("the money is about " + money.disputed() + ", the dispute about "
                    + facts.disputedAmount());
        }
    }

    public StageEntry current() {
        return stages.getLast();
    }

    public List<StageDate> stageDates() {
        return stages.stream().map(StageEntry::asStageDate).toList();
    }

    /**
     * Opens a dispute: checks the filing date against the transaction and the scheme's time limit to raise
     * it, then computes the time limit of {@code following}.
     */
    static Outcome<DisputeTrack> open(DisputeCase facts, LocalDate filedOn, Money provisionalCredit, StageRules rules,
            DisputeStage following) {
        DisputeStage opening = facts.scheme().flow().stages().getFirst();
        if (filedOn.isBefore(facts.transaction().transactionDate())) {
            return Outcome.refused(Refusal.of(DATE_FIELD, filedOn.toString(), DisputeMessageKeys.DATE_BEFORE_TRANSACTION,
                    facts.transaction().transactionDate().toString()));
        }
        if (filedOn.isAfter(rules.today())) {
            return Outcome.refused(Refusal.of(DATE_FIELD, filedOn.toString(), DisputeMessageKeys.DATE_IN_FUTURE,
                    rules.today().toString()));
        }
        return flatMap(FinancialImpact.open(facts.disputedAmount(), provisionalCredit, PROVISIONAL_CREDIT_FIELD), money ->
                flatMap(rules.book().deadlineFor(opening, facts.deadlineFacts(List.of()), rules.businessDays()), limit -> {
                    if (limit.isPassedOn(filedOn)) {
                        return passed(limit, filedOn);
                    }
                    StageEntry entry = new StageEntry(opening, filedOn, Party.ISSUER, limit);
                    return withNext(facts, List.of(entry), money, Optional.of(following), rules);
                }));
    }

    /**
     * Enters {@code stage} on {@code on}, filed by {@code by}: the date may not be before the current
     * stage or after today, and not after the stage's time limit. The time limit is the one computed
     * earlier when it is for this stage, so a rule edited meanwhile does not move it; otherwise it is
     * computed now. Then the time limit of {@code following} (if any) is computed under the current book.
     */
    Outcome<DisputeTrack> enter(DisputeStage stage, Party by, LocalDate on, StageRules rules,
            Optional<DisputeStage> following) {
        return flatMap(checkDate(on, rules), date -> flatMap(limitFor(stage, rules), limit -> {
            if (limit.isPassedOn(on)) {
                return passed(limit, on);
            }
            return append(new StageEntry(stage, on, by, limit), rules, following);
        }));
    }

    /**
     * Records a stage that the scheme deems entered although nobody filed it, e.g. a pre-arbitration with
     * no answer by its time limit counts as declined the day after.
     */
    Outcome<DisputeTrack> deem(DisputeStage stage, Party by, LocalDate on, StageRules rules, Optional<DisputeStage> following) {
        return flatMap(limitFor(stage, rules), limit -> append(new StageEntry(stage, on, by, limit), rules, following));
    }

    Outcome<ClosedDispute> close(DisputeOutcome outcome, LocalDate on, StageRules rules) {
        return flatMap(checkDate(on, rules), date -> Outcome.accepted(
                new ClosedDispute(new DisputeTrack(facts, stages, Optional.empty(), money), outcome, on)));
    }

    /** Closes with money recovered from the acquirer. */
    Outcome<ClosedDispute> closeRecovering(DisputeOutcome outcome, LocalDate on, Money recovered, StageRules rules) {
        return flatMap(money.withRecovered(AMOUNT_FIELD, recovered), newMoney -> flatMap(checkDate(on, rules), date ->
                Outcome.accepted(new ClosedDispute(new DisputeTrack(facts, stages, Optional.empty(), newMoney), outcome, on))));
    }

    /** Closes on the day after the time limit that bit: the date follows from the facts, not from when a job ran. */
    Outcome<ClosedDispute> closeAfterDeadline(DisputeOutcome outcome, StageRules rules) {
        return flatMap(passedDeadline(rules), due -> Outcome.accepted(
                new ClosedDispute(new DisputeTrack(facts, stages, Optional.empty(), money), outcome, due.plusDays(1))));
    }

    /** The due date of the next time limit, refused unless it has passed by today. */
    Outcome<LocalDate> passedDeadline(StageRules rules) {
        if (next.isEmpty()) {
            return Outcome.refused(Refusal.of("stage", current().stage().name(), DisputeMessageKeys.DEADLINE_NONE));
        }
        if (!next.get().isPassedOn(rules.today())) {
            return Outcome.refused(Refusal.of("stage", next.get().stage().name(), DisputeMessageKeys.DEADLINE_NOT_PASSED,
                    next.get().dueOn().toString()));
        }
        return Outcome.accepted(next.get().dueOn());
    }

    private Outcome<StageDeadline> limitFor(DisputeStage stage, StageRules rules) {
        if (next.isPresent() && next.get().stage() == stage) {
            return Outcome.accepted(next.get());
        }
        return rules.book().deadlineFor(stage, facts.deadlineFacts(stageDates()), rules.businessDays());
    }

    private Outcome<DisputeTrack> append(StageEntry entry, StageRules rules, Optional<DisputeStage> following) {
        List<StageEntry> longer = new ArrayList<>(stages);
        longer.add(entry);
        return withNext(facts, longer, money, following, rules);
    }

    private static Outcome<DisputeTrack> withNext(DisputeCase facts, List<StageEntry> stages, FinancialImpact money,
            Optional<DisputeStage> following, StageRules rules) {
        if (following.isEmpty()) {
            return Outcome.accepted(new DisputeTrack(facts, stages, Optional.empty(), money));
        }
        List<StageDate> dates = stages.stream().map(StageEntry::asStageDate).toList();
        return rules.book().deadlineFor(following.get(), facts.deadlineFacts(dates), rules.businessDays())
                .map(limit -> new DisputeTrack(facts, stages, Optional.of(limit), money));
    }

    private Outcome<LocalDate> checkDate(LocalDate on, StageRules rules) {
        Objects.requireNonNull(on, "on");
        if (on.isBefore(current().enteredOn())) {
            return Outcome.refused(Refusal.of(DATE_FIELD, on.toString(), DisputeMessageKeys.DATE_BEFORE_STAGE,
                    current().stage().name(), current().enteredOn().toString()));
        }
        if (on.isAfter(rules.today())) {
            return Outcome.refused(Refusal.of(DATE_FIELD, on.toString(), DisputeMessageKeys.DATE_IN_FUTURE,
                    rules.today().toString()));
        }
        return Outcome.accepted(on);
    }

    private static <T> Outcome<T> passed(StageDeadline limit, LocalDate on) {
        return Outcome.refused(Refusal.of(DATE_FIELD, on.toString(), DisputeMessageKeys.DEADLINE_PASSED,
                limit.stage().name(), limit.dueOn().toString()));
    }

    static <A, B> Outcome<B> flatMap(Outcome<A> outcome, java.util.function.Function<A, Outcome<B>> next) {
        return switch (outcome) {
            case Outcome.Accepted<A> ok -> next.apply(ok.value());
            case Outcome.Refused<A> refused -> Outcome.refused(refused.refusals());
        };
    }
}
