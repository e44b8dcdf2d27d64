package io.paydesk.core.dispute.deadline;

import java.util.Locale;
import java.util.Optional;

/** How a time limit counts days: every calendar day, or only business days of a {@link BusinessDays} calendar. */
public enum DayCount {
    CALENDAR,
    BUSINESS;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String nameKey() {
        return "paydesk.dispute.dayCount." + id();
    }

    public static Optional<DayCount> byId(String id) {
        for (DayCount c : values()) {
            if (c.id().equals(id)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
