package io.paydesk.core.sla;

import java.util.Objects;

/** The name under which an administrator saved a business calendar, such as {@code warsaw-office}; goals name the calendar they are measured on. */
public record CalendarName(String value) {

    public CalendarName {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a calendar name is not blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
