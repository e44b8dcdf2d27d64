package io.paydesk.core.request.types;

import io.paydesk.core.common.Outcome;
import io.paydesk.core.common.Refusal;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;

/** Shared checks for lifecycle moves: each step happens no earlier than the one before it. */
final class Moves {

    private Moves() {
    }

    static <T> Outcome<T> after(String type, Instant previous, Instant at, Supplier<T> next) {
        Objects.requireNonNull(at, "at");
        if (at.isBefore(previous)) {
            return Outcome.refused(Refusal.of("movedAt", at.toString(), RequestTypeKeys.key(type, "movedAt"),
                    previous.toString()));
        }
        return Outcome.accepted(next.get());
    }

    static <T> Outcome<T> refuse(String type, String field, String value, String... arguments) {
        return Outcome.refused(Refusal.of(field, value, RequestTypeKeys.key(type, field), arguments));
    }
}
