package io.paydesk.sandbox.sample;

import io.paydesk.core.calendar.CalendarDefinition;
import io.paydesk.core.calendar.CalendarForm;
import io.paydesk.core.calendar.HolidaySource;
import io.paydesk.core.sla.SlaChange;
import io.paydesk.core.sla.SlaPolicyDraft;
import io.paydesk.core.sla.SlaPolicyForm;
import io.paydesk.core.sla.SlaSettingsStore;
import java.time.Clock;
import java.time.Duration;
import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sandbox's SLA configuration on first start, in one place: five business calendars and a policy per
 * sample partner bank plus one for urgent card blocks, entered through the same forms an administrator uses
 * and stored through {@link SlaSettingsStore} as one import (so it is checked like any other).
 *
 * <h2>Calendars</h2>
 * <ul>
 *   <li>{@code pl-warsaw}: Europe/Warsaw, Monday–Friday 09:00–17:00, Polish public holidays 2024–2030;</li>
 *   <li>{@code uz-tashkent}: Asia/Tashkent, Monday–Friday 09:00–18:00, Uzbek public holidays 2024–2030;</li>
 *   <li>{@code ua-kyiv}: Europe/Kyiv, Monday–Friday 09:00–18:00, Ukrainian public holidays 2024–2030;</li>
 *   <li>{@code kz-almaty}: Asia/Almaty, Monday–Friday 09:00–18:00, Kazakh public holidays 2024–2030;</li>
 *   <li>{@code 24x7}: UTC, around the clock.</li>
 * </ul>
 *
 * <h2>Policies</h2>
 * Partner ids are the partners' organization ids ({@code PartnerId} of {@link SamplePartner#organizationId()}).
 * Every partner policy pauses while a request is {@value #WAITING_FOR_CUSTOMER} (reason
 * {@code customer-documents}, "Waiting for customer documents") or {@value #WAITING_FOR_PARTNER} (reason
 * {@code partner-bank}), and warns at 50, 75 and 90 % of each goal. The sandbox's requests use the statuses
 * "Waiting for support", "In progress", "Waiting for customer" and "Resolved", and the priorities "Highest",
 * "High" and "Medium".
 * <table>
 *   <caption>Goals in business time</caption>
 *   <tr><th>id</th><th>applies to</th><th>first response</th><th>resolution</th><th>partner update</th><th>calendar</th></tr>
 *   <tr><td>{@value #WISLANY}</td><td>partner 3, Bank Wiślany</td><td>4h</td><td>16h</td><td>8h</td><td>pl-warsaw</td></tr>
 *   <tr><td>turon-standard</td><td>partner 1, Turon Card Bank</td><td>4h</td><td>24h</td><td>8h</td><td>uz-tashkent</td></tr>
 *   <tr><td>dnipro-standard</td><td>partner 2, Dnipro Payments</td><td>2h</td><td>16h</td><td>4h</td><td>ua-kyiv</td></tr>
 *   <tr><td>steppe-standard</td><td>partner 4, Steppe Pay</td><td>4h</td><td>24h</td><td>8h</td><td>kz-almaty</td></tr>
 *   <tr><td>card-block-highest</td><td>request type "Card block/unblock", priority "Highest", any partner</td><td>30m</td><td>4h</td><td>–</td><td>24x7</td></tr>
 * </table>
 * A Bank Wiślany card block of priority Highest takes {@code card-block-highest} (two dimensions named beat one).
 */
public final class SampleSla {

    /** The Bank Wiślany policy's id, for tests and the SLA panel's browser test. */
    public static final String WISLANY = "wislany-standard";
    public static final String WAITING_FOR_CUSTOMER = "Waiting for customer";
    public static final String WAITING_FOR_PARTNER = "Waiting for partner";

    private static final String PAUSES = WAITING_FOR_CUSTOMER + " | customer-documents | Waiting for customer documents\n"
            + WAITING_FOR_PARTNER + " | partner-bank | Waiting for the partner bank";

    /** The sample contracts took effect this long before the sandbox first started, before any sample request. */
    static final Duration IN_EFFECT_FOR = Duration.ofDays(365);

    private final Clock clock;
    private final HolidaySource holidays;

    public SampleSla(Clock clock, HolidaySource holidays) {
        this.clock = clock;
        this.holidays = holidays;
    }

    /**
     * Stores the sample calendars and policies unless the store already has calendars. The policies take effect
     * {@link #IN_EFFECT_FOR} before now, so the sample requests raised in the days before are timed too.
     */
    public void seedIfEmpty(SlaSettingsStore store) {
        if (!store.configuration().calendarDefinitions().isEmpty()) {
            return;
        }
        SlaChange change = store.configuration().importing(calendars(), policies(), holidays,
                Clock.offset(clock, IN_EFFECT_FOR.negated())).orElseThrow();
        store.apply(change);
    }

    List<CalendarDefinition> calendars() {
        return List.of(
                officeHours("pl-warsaw", "Europe/Warsaw", "09:00-17:00", "PL"),
                officeHours("uz-tashkent", "Asia/Tashkent", "09:00-18:00", "UZ"),
                officeHours("ua-kyiv", "Europe/Kyiv", "09:00-18:00", "UA"),
                officeHours("kz-almaty", "Asia/Almaty", "09:00-18:00", "KZ"),
                form("24x7", "UTC", "true", Map.of(), ""));
    }

    List<SlaPolicyDraft> policies() {
        return List.of(
                partnerPolicy(WISLANY, "Bank Wiślany standard", 3, "4h", "16h", "8h", "pl-warsaw"),
                partnerPolicy("turon-standard", "Turon Card Bank standard", 1, "4h", "24h", "8h", "uz-tashkent"),
                partnerPolicy("dnipro-standard", "Dnipro Payments standard", 2, "2h", "16h", "4h", "ua-kyiv"),
                partnerPolicy("steppe-standard", "Steppe Pay standard", 4, "4h", "24h", "8h", "kz-almaty"),
                draft(new SlaPolicyForm("card-block-highest", "Card block, highest priority", "", "Card block/unblock", "Highest",
                        "30m", "4h", "", "24x7", PAUSES, "50, 75, 90")));
    }

    private CalendarDefinition officeHours(String name, String zone, String hours, String country) {
        Map<DayOfWeek, String> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            week.put(day, day.getValue() <= 5 ? hours : "");
        }
        return form(name, zone, "", week, country);
    }

    private CalendarDefinition form(String name, String zone, String allDay, Map<DayOfWeek, String> week, String country) {
        return new CalendarForm(name, zone, allDay, week, country, country.isEmpty() ? "" : "2024-2030", "", "", "")
                .check(holidays).orElseThrow();
    }

    private static SlaPolicyDraft partnerPolicy(String id, String name, int organizationId, String firstResponse,
            String resolution, String partnerUpdate, String calendar) {
        return draft(new SlaPolicyForm(id, name, Integer.toString(organizationId), "", "", firstResponse, resolution,
                partnerUpdate, calendar, PAUSES, "50, 75, 90"));
    }

    private static SlaPolicyDraft draft(SlaPolicyForm form) {
        return form.draft(Optional.empty()).orElseThrow();
    }
}
