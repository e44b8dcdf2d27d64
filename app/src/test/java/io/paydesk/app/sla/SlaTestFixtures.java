package io.paydesk.app.sla;

import io.paydesk.core.calendar.BusinessCalendar;
import io.paydesk.core.calendar.TableHolidaySource;
import io.paydesk.core.common.Outcome;
import io.paydesk.core.sla.EventHistory;
import io.paydesk.core.sla.IssueObservation;
import io.paydesk.core.sla.ObservedChanges;
import io.paydesk.core.sla.PauseReason;
import io.paydesk.core.sla.RequestEvent;
import io.paydesk.core.sla.RequestEventLog;
import io.paydesk.core.sla.SlaCalendars;
import io.paydesk.core.sla.SlaPolicy;
import io.paydesk.core.sla.SlaPolicyBook;
import io.paydesk.core.sla.SlaSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Bank Wiślany's SLA contract and an event log in memory, for the app's panel tests. */
public final class SlaTestFixtures {

    private SlaTestFixtures() {
    }

    /**
     * Partner 3 (Bank Wiślany): first response in 4 and resolution in 16 business hours on Warsaw office hours
     * (09:00–17:00, Monday to Friday, Polish holidays), paused while waiting for the customer; warnings at 50,
     * 75 and 90 %.
     */
    public static SlaSettings wislany() {
        BusinessCalendar warsaw = BusinessCalendar.inZone(ZoneId.of("Europe/Warsaw"))
                .mondayToFriday(LocalTime.of(9, 0), LocalTime.of(17, 0))
                .holidaysFrom(new TableHolidaySource(), "PL", 2026, 2027)
                .build().orElseThrow();
        SlaCalendars calendars = SlaCalendars.of("pl-warsaw", warsaw);
        SlaPolicyBook book = SlaPolicyBook.empty().publish(SlaPolicy.draft("wislany-standard")
                        .named("Bank Wiślany standard").forPartner("3")
                        .firstResponse(Duration.ofHours(4), "pl-warsaw")
                        .resolution(Duration.ofHours(16), "pl-warsaw")
                        .pauseWhile("Waiting for customer", PauseReason.CUSTOMER_DOCUMENTS)
                        .warnAt(50, 75, 90),
                calendars.names(), Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC)).orElseThrow();
        return SlaSettings.of(book, calendars);
    }

    /** An event log in memory: what the host observed, turned into events as the app's recorder does. */
    public static final class EventLog implements RequestEventLog {
        private final List<RequestEvent> events = new ArrayList<>();

        @Override
        public boolean append(RequestEvent event) {
            return !events.contains(event) && events.add(event);
        }

        @Override
        public Outcome<EventHistory> history(String requestKey) {
            return EventHistory.of(requestKey, events.stream().filter(e -> e.requestKey().equals(requestKey)).toList());
        }

        /** Records what the host saw happen to {@code requestKey}, raised at {@code raised}. */
        public void observe(String requestKey, Instant raised, String id, Instant at, IssueObservation.Kind kind,
                            String status) {
            IssueObservation seen = new IssueObservation(id, requestKey, raised, at, kind, status, "Medium");
            ObservedChanges.events(seen, history(requestKey).orElseThrow()).forEach(this::append);
        }
    }
}
