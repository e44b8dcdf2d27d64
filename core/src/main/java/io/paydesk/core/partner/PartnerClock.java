package io.paydesk.core.partner;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZonedDateTime;

/** What time it is for a partner bank: its local time, its UTC offset and whether it is a weekend there. */
public final class PartnerClock {

    private final Clock clock;

    public PartnerClock(Clock clock) {
        this.clock = clock;
    }

    public ZonedDateTime now(PartnerBank partner) {
        return at(partner, clock.instant());
    }

    public ZonedDateTime at(PartnerBank partner, Instant instant) {
        return instant.atZone(partner.zone());
    }

    public boolean isWeekendNow(PartnerBank partner) {
        DayOfWeek day = now(partner).getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }
}
