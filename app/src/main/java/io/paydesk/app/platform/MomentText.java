package io.paydesk.app.platform;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * A moment as agents read it everywhere in Paydesk: weekday, date and time in the viewer's language, and the
 * zone it is shown in, e.g. "Mon, Nov 30, 2026, 12:50 PM (Europe/Warsaw)". The zone is always named, because
 * the same panel shows the partner's time and the agent's.
 */
public final class MomentText {

    private final DateTimeFormatter weekday;
    private final DateTimeFormatter dateTime;

    public MomentText(Locale locale) {
        this.weekday = DateTimeFormatter.ofPattern("EEE, ", locale);
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale);
    }

    public String at(Instant moment, ZoneId zone) {
        return weekday.withZone(zone).format(moment) + dateTime.withZone(zone).format(moment) + " (" + zone.getId() + ")";
    }
}
