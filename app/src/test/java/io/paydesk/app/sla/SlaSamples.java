package io.paydesk.app.sla;

import io.paydesk.core.calendar.CalendarDefinition;
import io.paydesk.core.calendar.CalendarForm;
import io.paydesk.core.calendar.TableHolidaySource;
import io.paydesk.core.sla.SlaChange;
import io.paydesk.core.sla.SlaConfiguration;
import io.paydesk.core.sla.SlaPolicyDraft;
import io.paydesk.core.sla.SlaPolicyForm;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A small SLA configuration for the app's tests: a Warsaw calendar with overrides, a 24/7 one, two policies. */
public final class SlaSamples {

    public static final TableHolidaySource HOLIDAYS = new TableHolidaySource();
    public static final Clock MARCH = Clock.fixed(Instant.parse("2026-03-02T08:00:00Z"), ZoneOffset.UTC);

    private SlaSamples() {
    }

    public static CalendarDefinition warsaw() {
        Map<DayOfWeek, String> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            week.put(day, day.getValue() <= 5 ? "09:00-13:00, 13:30-17:00" : "");
        }
        return new CalendarForm("pl-warsaw", "Europe/Warsaw", "", week, "PL", "2025-2027", "2026-12-24 Wigilia",
                "2026-03-07 10:00-14:00", "2026-05-04").check(HOLIDAYS).orElseThrow();
    }

    public static CalendarDefinition allDay() {
        return new CalendarForm("24x7", "UTC", "on", Map.of(), "", "", "", "", "").check(HOLIDAYS).orElseThrow();
    }

    public static SlaPolicyDraft wislany(String resolution) {
        return new SlaPolicyForm("wislany", "Bank Wiślany", "3", "", "", "4h", resolution, "8h", "pl-warsaw",
                "Waiting for customer | customer-documents | Waiting for customer documents\n"
                        + "Waiting for partner | partner-bank", "50, 75, 90").draft(Optional.empty()).orElseThrow();
    }

    public static SlaPolicyDraft cardBlock() {
        return new SlaPolicyForm("card-block-highest", "Card block, highest", "", "Card block", "Highest", "30m", "4h",
                "", "24x7", "", "80").draft(Optional.empty()).orElseThrow();
    }

    /** Both calendars and both policies, as stored after one import. */
    public static SlaConfiguration stored() {
        SlaChange change = SlaConfiguration.empty().importing(List.of(warsaw(), allDay()),
                List.of(wislany("16h"), cardBlock()), HOLIDAYS, MARCH).orElseThrow();
        return SlaConfiguration.empty().with(change);
    }
}
