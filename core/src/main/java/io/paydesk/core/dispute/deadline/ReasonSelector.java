package io.paydesk.core.dispute.deadline;

import io.paydesk.core.dispute.scheme.ReasonCode;
import java.util.Objects;
import java.util.Optional;

/**
 * Which reason codes a rule covers. Table form: {@code *} (all), {@code category:13} (a category of the
 * rule's scheme), or one code such as {@code 12.7}. A code is more specific than a category, a category
 * more than all.
 */
public record ReasonSelector(Kind kind, String value) {

    public enum Kind { ANY, CATEGORY, CODE }

    public static final ReasonSelector ANY = new ReasonSelector(Kind.ANY, "");

    public ReasonSelector {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        if ((kind == Kind.ANY) != value.isEmpty()) {
            throw new IllegalArgumentException("a category or code selector needs a value");
        }
    }

    public static ReasonSelector category(String id) {
        return new ReasonSelector(Kind.CATEGORY, id);
    }

    public static ReasonSelector code(String code) {
        return new ReasonSelector(Kind.CODE, code);
    }

    public static Optional<ReasonSelector> parse(String text) {
        if (text == null || text.isBlank() || text.contains(" ")) {
            return Optional.empty();
        }
        if (text.equals("*")) {
            return Optional.of(ANY);
        }
        if (text.startsWith("category:")) {
            String id = text.substring("category:".length());
            return id.isEmpty() ? Optional.empty() : Optional.of(category(id));
        }
        return text.contains(":") ? Optional.empty() : Optional.of(code(text));
    }

    public boolean matches(ReasonCode reason) {
        return switch (kind) {
            case ANY -> true;
            case CATEGORY -> reason.category().id().equals(value);
            case CODE -> reason.code().equals(value);
        };
    }

    int rank() {
        return kind.ordinal();
    }

    @Override
    public String toString() {
        return switch (kind) {
            case ANY -> "*";
            case CATEGORY -> "category:" + value;
            case CODE -> value;
        };
    }
}
