package io.paydesk.core.sla;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How goal targets are written, on the admin page and in the JSON format: business hours and minutes,
 * {@code 16h}, {@code 4h 30m}, {@code 45m}. There are no days on purpose: "2 days" could mean two
 * calendar days or two working days of unknown length, so a target is always the business time counted on
 * its calendar (16h on a 09:00–17:00 calendar is two working days).
 */
public final class BusinessDuration {

    private static final Pattern FORMAT = Pattern.compile("(?:(\\d{1,5})\\s*h)?\\s*(?:(\\d{1,6})\\s*m)?");

    private BusinessDuration() {
    }

    /** The duration, or empty when the text is not hours and minutes as described on this class. */
    public static Optional<Duration> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(text.strip().toLowerCase(java.util.Locale.ROOT));
        if (!m.matches() || (m.group(1) == null && m.group(2) == null)) {
            return Optional.empty();
        }
        long hours = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
        long minutes = m.group(2) == null ? 0 : Long.parseLong(m.group(2));
        return Optional.of(Duration.ofHours(hours).plusMinutes(minutes));
    }

    /** {@code 16h}, {@code 4h 30m}, {@code 45m}; seconds are not written (targets are whole minutes). */
    public static String format(Duration duration) {
        long hours = duration.toHours();
        int minutes = duration.toMinutesPart();
        if (hours == 0) {
            return minutes + "m";
        }
        return minutes == 0 ? hours + "h" : hours + "h " + minutes + "m";
    }
}
