package io.paydesk.bench.sla;

import io.paydesk.core.calendar.BusinessCalendar;
import io.paydesk.core.calendar.Holiday;
import io.paydesk.core.sla.PauseReason;
import io.paydesk.core.sla.SlaCalendars;
import io.paydesk.core.sla.SlaPolicy;
import io.paydesk.core.sla.SlaPolicyBook;
import io.paydesk.core.sla.SlaPolicyDraft;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The service desk the SLA benchmark recomputes: eight partner banks in three time zones, each with its
 * own policies per priority plus a default, on calendars with three years of holidays (Poland's for
 * Warsaw; a fixed set of national days for Kyiv and Tashkent).
 */
final class PartnerDesk {

    static final String[] PARTNERS = {"10", "11", "12", "13", "20", "21", "30", "31"};
    static final String[] PRIORITIES = {"P1", "P2", "P3", "P4"};
    static final Instant PUBLISHED = Instant.parse("2024-12-01T00:00:00Z");

    private PartnerDesk() {
    }

    static SlaCalendars calendars() {
        return SlaCalendars.of("warsaw", BusinessCalendar.inZone("Europe/Warsaw")
                        .mondayToFriday(LocalTime.of(9, 0), LocalTime.of(17, 0))
                        .holidays(polishHolidays(2025, 2027)).build().orElseThrow())
                .with("kyiv", BusinessCalendar.inZone("Europe/Kyiv")
                        .mondayToFriday(LocalTime.of(9, 0), LocalTime.of(13, 0))
                        .mondayToFriday(LocalTime.of(14, 0), LocalTime.of(18, 0))
                        .holidays(fixedHolidays(2025, 2027, new int[][] {{1, 1}, {6, 28}, {8, 24}, {12, 25}})).build().orElseThrow())
                .with("tashkent", BusinessCalendar.inZone("Asia/Tashkent")
                        .mondayToFriday(LocalTime.of(9, 0), LocalTime.of(18, 0))
                        .holidays(fixedHolidays(2025, 2027, new int[][] {{1, 1}, {3, 8}, {3, 21}, {5, 9}, {9, 1}, {10, 1}, {12, 8}}))
                        .build().orElseThrow())
                .with("around-the-clock", BusinessCalendar.inZone("Europe/Warsaw").twentyFourSeven().build().orElseThrow());
    }

    static String calendarOf(String partner) {
        return switch (partner.charAt(0)) {
            case '1' -> "warsaw";
            case '2' -> "kyiv";
            default -> "tashkent";
        };
    }

    /** A default policy and, for every partner, one policy per priority: 33 policies, each in version 1. */
    static SlaPolicyBook book() {
        Clock clock = Clock.fixed(PUBLISHED, ZoneOffset.UTC);
        SlaCalendars calendars = calendars();
        SlaPolicyBook book = SlaPolicyBook.empty()
                .publish(withPauses(SlaPolicy.draft("default").named("Every request")
                        .firstResponse(Duration.ofHours(8), "around-the-clock")
                        .resolution(Duration.ofHours(80), "around-the-clock")), calendars.names(), clock)
                .orElseThrow();
        for (String partner : PARTNERS) {
            for (int p = 0; p < PRIORITIES.length; p++) {
                int scale = 1 << p;
                SlaPolicyDraft draft = SlaPolicy.draft("partner-" + partner + "-" + PRIORITIES[p].toLowerCase())
                        .named("Partner " + partner + " " + PRIORITIES[p])
                        .forPartner(partner).forPriority(PRIORITIES[p])
                        .firstResponse(Duration.ofHours(scale), calendarOf(partner))
                        .resolution(Duration.ofHours(4L * scale), calendarOf(partner))
                        .partnerUpdate(Duration.ofHours(2L * scale), calendarOf(partner));
                book = book.publish(withPauses(draft), calendars.names(), clock).orElseThrow();
            }
        }
        return book;
    }

    private static SlaPolicyDraft withPauses(SlaPolicyDraft draft) {
        return draft.pauseWhile(RequestHistories.WAITING_FOR_CUSTOMER, PauseReason.CUSTOMER_DOCUMENTS)
                .pauseWhile(RequestHistories.WAITING_FOR_PARTNER, PauseReason.PARTNER_BANK)
                .pauseWhile(RequestHistories.PENDING, PauseReason.SCHEME_OR_ACQUIRER)
                .pauseReason(PauseReason.MERCHANT)
                .warnAt(50, 75, 90);
    }

    private static List<Holiday> fixedHolidays(int firstYear, int lastYear, int[][] monthDays) {
        List<Holiday> holidays = new ArrayList<>();
        for (int year = firstYear; year <= lastYear; year++) {
            for (int[] monthDay : monthDays) {
                holidays.add(new Holiday(LocalDate.of(year, monthDay[0], monthDay[1]), ""));
            }
        }
        return holidays;
    }

    /** Poland's statutory public holidays. */
    static List<Holiday> polishHolidays(int firstYear, int lastYear) {
        List<Holiday> holidays = new ArrayList<>(fixedHolidays(firstYear, lastYear,
                new int[][] {{1, 1}, {1, 6}, {5, 1}, {5, 3}, {8, 15}, {11, 1}, {11, 11}, {12, 24}, {12, 25}, {12, 26}}));
        for (int year = firstYear; year <= lastYear; year++) {
            LocalDate easter = easterSunday(year);
            for (int offset : new int[] {0, 1, 49, 60}) {
                holidays.add(new Holiday(easter.plusDays(offset), ""));
            }
        }
        return holidays;
    }

    /** Western Easter Sunday (the anonymous Gregorian computus). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int h = (19 * a + b - b / 4 - (b - (b + 8) / 25 + 1) / 3 + 15) % 30;
        int l = (32 + 2 * (b % 4) + 2 * (c / 4) - h - c % 4) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        return LocalDate.of(year, (h + l - 7 * m + 114) / 31, (h + l - 7 * m + 114) % 31 + 1);
    }
}
