package io.paydesk.core.dispute.deadline;

import io.paydesk.core.dispute.scheme.DisputeStage;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * A computed time limit, frozen with everything that produced it: the last day to enter {@code stage}
 * ({@code dueOn}, inclusive), the date it counted from and why, the rule and the rule-book version, and for a
 * limit counted in business days the partner calendar it counted on ({@code businessCalendar}; empty when it
 * counted Monday to Friday because the partner had no calendar, and always empty for calendar days). Once
 * computed it never changes, even when an administrator edits the rule or the calendar later.
 */
public record StageDeadline(
        DisputeStage stage,
        LocalDate dueOn,
        LocalDate countedFrom,
        DeadlineAnchor anchor,
        int days,
        DayCount count,
        String ruleId,
        RuleBookVersion version,
        Optional<String> businessCalendar) {

    public StageDeadline {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(dueOn, "dueOn");
        Objects.requireNonNull(countedFrom, "countedFrom");
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(count, "count");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(businessCalendar, "businessCalendar");
        if (businessCalendar.isPresent() && (count != DayCount.BUSINESS || businessCalendar.get().isBlank())) {
            throw new IllegalArgumentException("only a limit in business days names the calendar it counted on: "
                    + count + " / '" + businessCalendar.get() + "'");
        }
        if (!dueOn.isAfter(countedFrom)) {
            throw new IllegalArgumentException("a deadline is after the date it counts from: " + dueOn + " / " + countedFrom);
        }
    }

    /** True when {@code date} is after the last allowed day. */
    public boolean isPassedOn(LocalDate date) {
        return date.isAfter(dueOn);
    }

    /** Calendar days from {@code today} to the due date: 0 on the due date, negative once passed. */
    public long daysLeft(LocalDate today) {
        return ChronoUnit.DAYS.between(today, dueOn);
    }
}
