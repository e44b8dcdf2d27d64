package io.paydesk.core.dispute.lifecycle;

import io.paydesk.core.dispute.deadline.BusinessDayCalendar;
import io.paydesk.core.dispute.deadline.DeadlineRuleBook;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a stage change needs besides the dispute: the current rule book (new deadlines are computed
 * under it), the partner bank's business days (its calendar, or Monday to Friday when it has none), and the
 * clock. Give the clock the partner bank's zone: "today" is the partner's date.
 */
public record StageRules(DeadlineRuleBook book, BusinessDayCalendar businessDays, Clock clock) {

    public StageRules {
        Objects.requireNonNull(book, "book");
        Objects.requireNonNull(businessDays, "businessDays");
        Objects.requireNonNull(clock, "clock");
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
