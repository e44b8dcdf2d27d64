package io.paydesk.core.sla;

import java.time.Instant;
import java.util.Objects;

/**
 * One moment an SLA clock reached a mark: a warning threshold ({@code percent} of its goal used) or the
 * breach of the goal, for one cycle of one goal of one request, with the instant it truly fell due (not
 * when anyone noticed). Each mark of a cycle happens once, so {@link #key()} names a notice for good.
 */
public record SlaNotice(String requestKey, GoalKind goal, int cycle, Kind kind, int percent, Instant at) {

    /** A warning threshold reached, or the goal breached. */
    public enum Kind { WARNING, BREACH }

    /** The percent a breach is recorded with: the whole goal used. */
    public static final int BREACH_PERCENT = 100;

    public SlaNotice {
        Objects.requireNonNull(requestKey, "requestKey");
        Objects.requireNonNull(goal, "goal");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        if (requestKey.isBlank()) {
            throw new IllegalArgumentException("a notice names its request");
        }
        if (cycle < 1) {
            throw new IllegalArgumentException("cycles count from 1: " + cycle);
        }
        if (kind == Kind.BREACH ? percent != BREACH_PERCENT : percent < 1 || percent > 99) {
            throw new IllegalArgumentException(kind + " at " + percent + " %");
        }
    }

    public static SlaNotice warning(String requestKey, GoalKind goal, int cycle, int percent, Instant at) {
        return new SlaNotice(requestKey, goal, cycle, Kind.WARNING, percent, at);
    }

    public static SlaNotice breach(String requestKey, GoalKind goal, int cycle, Instant at) {
        return new SlaNotice(requestKey, goal, cycle, Kind.BREACH, BREACH_PERCENT, at);
    }

    /** Which mark of which cycle: the same for the same mark however often it is computed, e.g. {@code PAY-7/RESOLUTION/1/W75}. */
    public String key() {
        return requestKey + "/" + goal + "/" + cycle + "/" + (kind == Kind.BREACH ? "BREACH" : "W" + percent);
    }
}
