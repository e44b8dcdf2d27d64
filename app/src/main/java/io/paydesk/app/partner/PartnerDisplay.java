package io.paydesk.app.partner;

import io.paydesk.core.partner.PartnerBank;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How a partner bank's facts read in the viewer's language, the same on every page. */
public final class PartnerDisplay {

    private PartnerDisplay() {
    }

    /** The partner's country, named in the viewer's language ("Polska" for a Polish viewer). */
    public static String country(PartnerBank partner, Locale viewer) {
        return Locale.of("", partner.country()).getDisplayCountry(viewer);
    }

    /** Weekday and time on the partner's wall clock, e.g. "Fri 16:50". */
    public static String localTime(ZonedDateTime partnerTime, Locale viewer) {
        return partnerTime.format(DateTimeFormatter.ofPattern("EEE HH:mm", viewer));
    }
}
