package io.paydesk.core.calendar;

import java.time.LocalDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * Turns a calendar's wall-clock time into a moment on the timeline, the same way for every boundary of
 * every working interval:
 *
 * <ul>
 *   <li>a wall-clock time that does not exist because the clocks jump forward (a DST <b>gap</b>, for
 *       example 02:30 in Warsaw on 29 March 2026) moves forward to the first moment after the gap, the
 *       transition itself (03:00 new time). Unlike {@link java.time.ZonedDateTime#of}, which shifts it by
 *       the gap's length, this keeps boundaries in order: an interval lying wholly inside a gap is empty;</li>
 *   <li>a wall-clock time that happens twice because the clocks go back (an <b>overlap</b>) takes the
 *       earlier offset, so its first occurrence.</li>
 * </ul>
 *
 * <p>Both rules amount to "the first moment whose wall-clock time is at or after the given one", which
 * never decreases as the wall-clock time grows: working windows built from it never cross or overlap.
 */
final class WallClock {

    private final ZoneRules rules;

    WallClock(ZoneRules rules) {
        this.rules = rules;
    }

    /** The moment in epoch seconds; calendars are kept to the second and so are UTC offsets. */
    long epochSecond(LocalDateTime wallTime) {
        ZoneOffsetTransition transition = rules.getTransition(wallTime);
        if (transition == null) {
            return wallTime.toEpochSecond(rules.getOffset(wallTime));
        }
        if (transition.isGap()) {
            return transition.toEpochSecond();
        }
        return wallTime.toEpochSecond(transition.getOffsetBefore());
    }
}
