package io.paydesk.core.sla;

import io.paydesk.core.calendar.TimeWindow;

/** A stretch of a cycle during which its clock stood still, and why; the facts a timer's pauses are derived into. */
record PauseWindow(TimeWindow window, PauseReason reason) {
}
