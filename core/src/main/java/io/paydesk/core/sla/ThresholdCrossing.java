package io.paydesk.core.sla;

import java.time.Instant;
import java.util.Objects;

/** A warning threshold a cycle reached: {@code percent} of its goal was used at {@code at}. */
public record ThresholdCrossing(int percent, Instant at) {

    public ThresholdCrossing {
        Objects.requireNonNull(at, "at");
    }
}
