package io.paydesk.core.sla;

import io.paydesk.core.calendar.BusinessCalendar;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The business calendars goals are measured on, by the name an administrator saved them under. */
public record SlaCalendars(Map<CalendarName, BusinessCalendar> byName) {

    public SlaCalendars {
        byName = Map.copyOf(byName);
    }

    public static SlaCalendars of(String name, BusinessCalendar calendar) {
        return new SlaCalendars(Map.of(new CalendarName(name), calendar));
    }

    public SlaCalendars with(String name, BusinessCalendar calendar) {
        Map<CalendarName, BusinessCalendar> more = new HashMap<>(byName);
        more.put(new CalendarName(name), calendar);
        return new SlaCalendars(more);
    }

    public Optional<BusinessCalendar> find(CalendarName name) {
        return Optional.ofNullable(byName.get(name));
    }

    public Set<CalendarName> names() {
        return byName.keySet();
    }

    /** Names and zones only: calendars print their whole week. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("SlaCalendars[");
        byName.forEach((name, calendar) -> text.append(name).append('=').append(calendar.zone()).append(' '));
        return text.toString().strip() + "]";
    }
}
