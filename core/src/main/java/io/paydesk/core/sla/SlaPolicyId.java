package io.paydesk.core.sla;

import java.util.Objects;
import java.util.regex.Pattern;

/** Names an SLA policy across all its versions: lower-case letters, digits and dashes, such as {@code wislany-p1}. */
public record SlaPolicyId(String value) implements Comparable<SlaPolicyId> {

    private static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    public SlaPolicyId {
        Objects.requireNonNull(value, "value");
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a policy id: '" + value + "'");
        }
    }

    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    @Override
    public int compareTo(SlaPolicyId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
