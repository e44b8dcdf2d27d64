package io.paydesk.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class BusinessCalendarConcurrencyTest {

    @Test
    void threadsSharingAFreshCalendarSeeTheSameAnswersAsOneThreadAlone() throws Exception {
        BusinessCalendar alone = CalendarFixtures.warsawOfficeHours();
        List<Instant> starts = new ArrayList<>();
        for (int day = 0; day < 2_000; day += 7) {
            starts.add(Instant.parse("2022-01-03T10:15:00Z").plus(Duration.ofDays(day)));
        }
        List<Instant> expected = starts.stream().map(t -> alone.after(t, Duration.ofHours(37))).toList();

        BusinessCalendar shared = CalendarFixtures.warsawOfficeHours();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<List<Instant>>> tasks = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                tasks.add(() -> starts.stream().map(t -> shared.after(t, Duration.ofHours(37))).toList());
            }
            for (Future<List<Instant>> result : pool.invokeAll(tasks)) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
