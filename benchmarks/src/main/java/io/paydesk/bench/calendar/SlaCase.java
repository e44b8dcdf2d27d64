package io.paydesk.bench.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Random;

/** One open request's SLA clock: when it started, its goal in business time, and the moment it is evaluated at. */
record SlaCase(Instant start, Duration goal, Instant now) {

    private static final Duration[] GOALS = {
        Duration.ofHours(4), Duration.ofHours(8), Duration.ofHours(16), Duration.ofHours(40)};

    /**
     * Requests raised at random whole minutes between January 2025 and November 2027 (local time),
     * evaluated up to three days later.
     */
    static SlaCase[] random(int count, long seed, ZoneId zone) {
        Random random = new Random(seed);
        LocalDateTime first = LocalDateTime.of(2025, 1, 1, 0, 0);
        int minutesInRange = (int) Duration.ofDays(3 * 365 - 45).toMinutes();
        SlaCase[] cases = new SlaCase[count];
        for (int i = 0; i < count; i++) {
            Instant start = first.plusMinutes(random.nextInt(minutesInRange)).atZone(zone).toInstant();
            Instant now = start.plus(Duration.ofMinutes(random.nextInt(3 * 24 * 60)));
            cases[i] = new SlaCase(start, GOALS[random.nextInt(GOALS.length)], now);
        }
        return cases;
    }
}
