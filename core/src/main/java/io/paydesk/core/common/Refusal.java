package io.paydesk.core.common;

import java.util.List;
import java.util.Objects;

/**
 * Why a value was not accepted: the field, the rejected value as it may be shown back to the user,
 * and a message key with its arguments (rendered in the user's language at the edge).
 *
 * <p>The rejected value must already be safe to display and to log: callers pass masked forms of
 * card numbers, never the raw input.
 */
public record Refusal(String field, String rejectedValue, String reasonKey, List<String> arguments) {

    public Refusal {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(reasonKey, "reasonKey");
        rejectedValue = rejectedValue == null ? "" : rejectedValue;
        arguments = List.copyOf(arguments);
    }

    public static Refusal of(String field, String rejectedValue, String reasonKey, String... arguments) {
        return new Refusal(field, rejectedValue, reasonKey, List.of(arguments));
    }
}
