package io.paydesk.core.calendar;

import io.paydesk.core.common.Outcome;
import java.util.List;

/**
 * Where national public holidays come from: a port, so that an adapter outside core (for example one
 * over {@code de.focus-shift:jollyday}) can supply them. Core depends on no holiday library.
 */
public interface HolidaySource {

    /**
     * The public holidays of a country in one year, in date order.
     *
     * @param countryCode ISO 3166-1 alpha-2, for example {@code UZ}, {@code UA}, {@code PL}
     * @return the holidays, or a refusal {@link CalendarRefusals#UNKNOWN_COUNTRY} on field {@code country}
     *     when the source has no rules for the country
     */
    Outcome<List<Holiday>> holidays(String countryCode, int year);
}
