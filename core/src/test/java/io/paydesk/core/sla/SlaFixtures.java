package io.paydesk.core.sla;

import io.paydesk.core.calendar.BusinessCalendar;
import io.paydesk.core.calendar.CalendarFixtures;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
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

    /** The calendar of the calendar tests: 09:00–17:00 Monday to Friday, Polish holidays 2026, 2 January off. */
    static final BusinessCalendar WARSAW_OFFICE = CalendarFixtures.warsawOfficeHours();

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
