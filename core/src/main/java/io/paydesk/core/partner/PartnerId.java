package io.paydesk.core.partner;

import java.util.Objects;

/** Identifies a partner bank: the id of its customer organization in the service desk. */
public record PartnerId(String value) {

    public PartnerId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.length() > 64) {
            throw new IllegalArgumentException("a partner id has 1 to 64 characters: '" + value + "'");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
