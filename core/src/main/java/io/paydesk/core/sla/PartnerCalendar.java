package io.paydesk.core.sla;

import io.paydesk.core.calendar.BusinessCalendar;
import io.paydesk.core.partner.PartnerId;
import java.util.Objects;
import java.util.Optional;

/**
 * A partner bank's own business calendar, as the SLA settings say: the calendar of the partner's contract,
 * that is of the current policy whose scope names the partner and leaves request type and priority open (the
 * one that times every request of the partner no more specific policy takes). Of its goals, the resolution
 * goal's calendar counts, else the first goal's. Policies for any partner, or for one request type or
 * priority of the partner, do not make a partner calendar: a 24/7 calendar for urgent card blocks says
 * nothing about the bank's working days.
 */
public record PartnerCalendar(CalendarName name, BusinessCalendar calendar) {

    public PartnerCalendar {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(calendar, "calendar");
    }

    /**
     * The partner's calendar; empty when no current policy is the partner's contract, or the calendar it names
     * is not among {@code calendars} (not saved, or no longer builds).
     */
    public static Optional<PartnerCalendar> of(SlaPolicyBook book, SlaCalendars calendars, PartnerId partner) {
        Objects.requireNonNull(partner, "partner");
        SlaScope contract = SlaScope.everything().partner(partner);
        return book.currentPolicies().stream()
                .filter(policy -> policy.scope().equals(contract))
                .findFirst()
                .map(PartnerCalendar::calendarName)
                .flatMap(name -> calendars.find(name).map(calendar -> new PartnerCalendar(name, calendar)));
    }

    /** Of the partner's settings as they are now. */
    public static Optional<PartnerCalendar> of(SlaSettings settings, PartnerId partner) {
        return of(settings.policies(), settings.calendars(), partner);
    }

    private static CalendarName calendarName(SlaPolicy policy) {
        return policy.goals().stream().filter(goal -> goal.kind() == GoalKind.RESOLUTION).findFirst()
                .orElse(policy.goals().getFirst()).calendar();
    }
}
