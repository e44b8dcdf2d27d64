package io.paydesk.core.sla;

import io.paydesk.core.calendar.TimeWindow;
import java.time.Duration;
import java.util.Objects;

/** A stretch of a cycle that explains its elapsed time: business time that counted, or a pause with its reason. */
public sealed interface Segment {

    TimeWindow window();

    /** Business time that counted towards the goal: a working window less any pause. */
    record Counting(TimeWindow window) implements Segment {
        public Counting {
            Objects.requireNonNull(window, "window");
        }
    }

    /** The request was on hold for {@code reason}; {@code businessTimeWithheld} is the business time that did not count. */
    record Paused(TimeWindow window, PauseReason reason, Duration businessTimeWithheld) implements Segment {
        public Paused {
            Objects.requireNonNull(window, "window");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(businessTimeWithheld, "businessTimeWithheld");
        }
    }
}
