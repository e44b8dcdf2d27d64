package io.paydesk.core.sla;

import java.util.Objects;

/** The identity of one event in a request's history, as the host gave it; the same id twice is the same event. */
public record EventId(String value) implements Comparable<EventId> {

    public EventId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("an event id is not blank");
        }
    }

    @Override
    public int compareTo(EventId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
