package io.paydesk.core.sla;

import io.paydesk.core.calendar.CalendarDefinition;
import java.util.List;

/**
 * What an accepted edit or import stores: calendar definitions to save (a new name adds one, a known name
 * replaces its definition) and new policy versions to append. Nothing is ever deleted. Empty when the input
 * matched what is stored.
 */
public record SlaChange(List<CalendarDefinition> calendars, List<SlaPolicy> versions) {

    private static final SlaChange NONE = new SlaChange(List.of(), List.of());

    public SlaChange {
        calendars = List.copyOf(calendars);
        versions = List.copyOf(versions);
    }

    public static SlaChange none() {
        return NONE;
    }

    public boolean isEmpty() {
        return calendars.isEmpty() && versions.isEmpty();
    }
}
