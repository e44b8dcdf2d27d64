package io.paydesk.core.common;

import java.util.List;
import java.util.function.Function;

/** The result of checking input: either the accepted value or the refusals, never both. */
public sealed interface Outcome<T> {

    static <T> Outcome<T> accepted(T value) {
        return new Accepted<>(value);
    }

    static <T> Outcome<T> refused(Refusal first, Refusal... more) {
        List<Refusal> all = new java.util.ArrayList<>();
        all.add(first);
        all.addAll(List.of(more));
        return new Refused<>(all);
    }

    static <T> Outcome<T> refused(List<Refusal> refusals) {
        return new Refused<>(refusals);
    }

    <R> Outcome<R> map(Function<? super T, ? extends R> mapper);

    /** The accepted value; calling it on a refusal is a programming error. */
    T orElseThrow();

    record Accepted<T>(T value) implements Outcome<T> {
        @Override
        public <R> Outcome<R> map(Function<? super T, ? extends R> mapper) {
            return new Accepted<>(mapper.apply(value));
        }

        @Override
        public T orElseThrow() {
            return value;
        }
    }

    record Refused<T>(List<Refusal> refusals) implements Outcome<T> {
        public Refused {
            if (refusals.isEmpty()) {
                throw new IllegalArgumentException("a refusal needs at least one reason");
            }
            refusals = List.copyOf(refusals);
        }

        @Override
        public <R> Outcome<R> map(Function<? super T, ? extends R> mapper) {
            return new Refused<>(refusals);
        }

        @Override
        public T orElseThrow() {
            throw new IllegalStateException("refused: " + refusals);
        }
    }
}
