package io.paydesk.core.sla;

import io.paydesk.core.calendar.BusinessCalendar;
import io.paydesk.core.calendar.Holiday;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

/** Bank Wiślany's calendar and policies, and request stories built by intent. */
final class SlaFixtures {

    static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
    static final String OFFICE = "warsaw-office";

    static final String OPEN = "Open";
    static final String IN_PROGRESS = "In progress";
    static final String WAITING_FOR_CUSTOMER = "Waiting for customer";
    static final String WAITING_FOR_PARTNER = "Waiting for partner";
    static final String PENDING = "Pending";
    static final String DONE = "Done";

    /** Poland's public holidays in 2026, as in the calendar tests (24 December is a holiday since 2025). */
    static final List<Holiday> POLAND_2026 = List.of(
            new Holiday(LocalDate.of(2026, 1, 1), "Nowy Rok"),
            new Holiday(LocalDate.of(2026, 1, 6), "Trzech Króli"),
            new Holiday(LocalDate.of(2026, 4, 5), "Wielkanoc"),
            new Holiday(LocalDate.of(2026, 4, 6), "Poniedziałek Wielkanocny"),
            new Holiday(LocalDate.of(2026, 5, 1), "Święto Pracy"),
            new Holiday(LocalDate.of(2026, 5, 3), "Święto Konstytucji 3 Maja"),
            new Holiday(LocalDate.of(2026, 5, 24), "Zielone Świątki"),
            new Holiday(LocalDate.of(2026, 6, 4), "Boże Ciało"),
            new Holiday(LocalDate.of(2026, 8, 15), "Wniebowzięcie NMP"),
            new Holiday(LocalDate.of(2026, 11, 1), "Wszystkich Świętych"),
            new Holiday(LocalDate.of(2026, 11, 11), "Narodowe Święto Niepodległości"),
            new Holiday(LocalDate.of(2026, 12, 24), "Wigilia"),
            new Holiday(LocalDate.of(2026, 12, 25), "Boże Narodzenie"),
            new Holiday(LocalDate.of(2026, 12, 26), "Drugi dzień Bożego Narodzenia"));

    /** The calendar of the calendar tests: 09:00–17:00 Monday to Friday, Polish holidays 2026, 2 January off. */
    static final BusinessCalendar WARSAW_OFFICE = BusinessCalendar.inZone("Europe/Warsaw")
            .mondayToFriday(LocalTime.of(9, 0), LocalTime.of(17, 0))
            .holidays(POLAND_2026)
            .dayOff(LocalDate.of(2026, 1, 2))
            .build().orElseThrow();

    static final SlaCalendars CALENDARS = SlaCalendars.of(OFFICE, WARSAW_OFFICE);
    static final Set<CalendarName> CALENDAR_NAMES = CALENDARS.names();

    /** When the first policies were published: well before every story. */
    static final Instant LAUNCH = Instant.parse("2026-01-01T00:00:00Z");

    private SlaFixtures() {
    }

    static Instant warsaw(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(WARSAW).toInstant();
    }

    static Clock clockAt(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    /**
     * Bank Wiślany's standard contract: first response in 2, resolution in 8 and a partner update every 4
     * business hours on Warsaw office hours; on hold while waiting for the customer's documents or the
     * partner bank, and on "Pending" for the scheme unless the agent names the merchant; warnings at 50,
     * 75 and 90 %.
     */
    static SlaPolicyDraft wislanyStandard() {
        return SlaPolicy.draft("wislany-standard").named("Bank Wiślany standard")
                .forPartner("12")
                .firstResponse(Duration.ofHours(2), OFFICE)
                .resolution(Duration.ofHours(8), OFFICE)
                .partnerUpdate(Duration.ofHours(4), OFFICE)
                .pauseWhile(WAITING_FOR_CUSTOMER, PauseReason.CUSTOMER_DOCUMENTS)
                .pauseWhile(WAITING_FOR_PARTNER, PauseReason.PARTNER_BANK)
                .pauseWhile(PENDING, PauseReason.SCHEME_OR_ACQUIRER)
                .pauseReason(PauseReason.MERCHANT)
                .warnAt(50, 75, 90);
    }

    static SlaPolicy wislanyStandardV1() {
        return bookOf(wislanyStandard()).current(new SlaPolicyId("wislany-standard")).orElseThrow();
    }

    /** A book with the drafts published in order at {@link #LAUNCH}. */
    static SlaPolicyBook bookOf(SlaPolicyDraft... drafts) {
        SlaPolicyBook book = SlaPolicyBook.empty();
        for (SlaPolicyDraft draft : drafts) {
            book = book.publish(draft, CALENDAR_NAMES, clockAt(LAUNCH)).orElseThrow();
        }
        return book;
    }

    static RequestStory aRequest(String key) {
        return new RequestStory(key);
    }
}
