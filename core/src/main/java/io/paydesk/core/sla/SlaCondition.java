package io.paydesk.core.sla;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What an SLA search asks of a goal: one of the four {@link SlaState}s, or {@link #WARNED} (an open cycle past
 * a warning threshold, see {@link SlaStanding}). Written in searches in lower case: {@code running},
 * {@code paused}, {@code met}, {@code breached}, {@code warned}.
 */
public enum SlaCondition {
    RUNNING,
    PAUSED,
    MET,
    BREACHED,
    WARNED;

    /** How a search writes it. */
    public String argument() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The condition a search argument names, ignoring case and surrounding blanks. */
    public static Optional<SlaCondition> parse(String argument) {
        String wanted = argument == null ? "" : argument.strip();
        return Arrays.stream(values()).filter(c -> c.argument().equalsIgnoreCase(wanted)).findFirst();
    }

    /** Every argument, in order, as an error message lists them. */
    public static List<String> arguments() {
        return Arrays.stream(values()).map(SlaCondition::argument).toList();
    }

    public boolean matches(SlaStanding standing) {
        return this == WARNED ? standing.warned() : standing.state().name().equals(name());
    }
}
