package io.paydesk.core.dispute.deadline;

import java.util.Objects;
import java.util.Optional;

/**
 * The business days a dispute's time limits are counted on, and where they come from: the partner bank's
 * business calendar under its name, or Monday to Friday without holidays when the partner has no calendar
 * set. {@link #name()} is empty exactly in that second case, so a deadline can say which it was.
 */
public final class BusinessDayCalendar {

    private static final BusinessDayCalendar MONDAY_TO_FRIDAY =
            new BusinessDayCalendar(Optional.empty(), BusinessDays.weekendsOff());

    private final Optional<String> name;
    private final BusinessDays days;

    private BusinessDayCalendar(Optional<String> name, BusinessDays days) {
        this.name = name;
        this.days = days;
    }

    /** Monday to Friday, no holidays: the fallback for a partner without a calendar. */
    public static BusinessDayCalendar mondayToFriday() {
        return MONDAY_TO_FRIDAY;
    }

    /** The business days of the partner's calendar saved under {@code name}. */
    public static BusinessDayCalendar partnerCalendar(String name, BusinessDays days) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(days, "days");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a partner calendar has a name");
        }
        return new BusinessDayCalendar(Optional.of(name), days);
    }

    /** The partner calendar's name; empty when counting Monday to Friday because the partner has none. */
    public Optional<String> name() {
        return name;
    }

    public BusinessDays days() {
        return days;
    }

    @Override
    public String toString() {
        return name.map(n -> "calendar " + n).orElse("Monday to Friday");
    }
}
