package io.paydesk.sandbox.host;

import static org.assertj.core.api.Assertions.assertThat;

import io.paydesk.app.platform.JobSummary;
import io.paydesk.app.platform.PaydeskJob;
import io.paydesk.app.platform.ScheduledWork;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The sandbox's scheduler runs the app's jobs at their intervals on the sandbox clock, and stops when closed. */
class HostSchedulerTest {

    private static final Instant START = Instant.parse("2026-11-02T09:30:00Z");

    /** The sandbox clock, moved by the test. */
    private static final class MovableClock extends Clock {
        private volatile Instant now = START;

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new AssertionError("the scheduler reads instants only, never a zone of its own");
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** Work that remembers the moments it ran for, or fails. */
    private static final class Work implements ScheduledWork {
        final PaydeskJob job;
        final List<Instant> ranAt = new CopyOnWriteArrayList<>();
        volatile boolean failing;

        Work(PaydeskJob job) {
            this.job = job;
        }

        @Override
        public PaydeskJob job() {
            return job;
        }

        @Override
        public JobSummary run(Instant now) {
            ranAt.add(now);
            if (failing) {
                throw new IllegalStateException("broken");
            }
            return () -> "ran at " + now;
        }
    }

    private final MovableClock clock = new MovableClock();
    private final Work disputes = new Work(PaydeskJob.DISPUTE_DEADLINES);
    private final Work sla = new Work(PaydeskJob.SLA_DUE);
    private final HostScheduler scheduler = new HostScheduler(clock, List.of(disputes, sla), Duration.ofMillis(20));

    @Test
    void eachJobRunsAtOnceThenEveryIntervalOfTheSandboxClock() {
        assertThat(scheduler.runDue()).extracting(HostScheduler.Run::job)
                .containsExactly(PaydeskJob.DISPUTE_DEADLINES, PaydeskJob.SLA_DUE);
        assertThat(scheduler.runDue()).as("nothing is due yet").isEmpty();

        clock.advance(Duration.ofMinutes(1));
        assertThat(scheduler.runDue()).extracting(HostScheduler.Run::job).containsExactly(PaydeskJob.SLA_DUE);

        clock.advance(Duration.ofDays(3));
        assertThat(scheduler.runDue()).extracting(HostScheduler.Run::job)
                .containsExactly(PaydeskJob.DISPUTE_DEADLINES, PaydeskJob.SLA_DUE);

        assertThat(disputes.ranAt).containsExactly(START, START.plus(Duration.ofMinutes(1)).plus(Duration.ofDays(3)));
        assertThat(sla.ranAt).hasSize(3);
    }

    @Test
    void aFailingJobIsReportedAndTheOthersStillRun() {
        disputes.failing = true;

        List<HostScheduler.Run> runs = scheduler.runDue();

        assertThat(runs).extracting(HostScheduler.Run::summary)
                .containsExactly("failed: java.lang.IllegalStateException: broken", "ran at " + START);
        clock.advance(PaydeskJob.DISPUTE_DEADLINES.interval());
        disputes.failing = false;
        assertThat(scheduler.runDue()).extracting(HostScheduler.Run::summary).contains("ran at " + clock.instant());
    }

    @Test
    void theTimerRunsDueJobsByItselfAndStopsWhenClosed() throws Exception {
        scheduler.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (sla.ranAt.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(sla.ranAt).containsExactly(START);

        scheduler.close();
        assertThat(scheduler.running()).isFalse();
        clock.advance(Duration.ofHours(2));
        Thread.sleep(100);
        assertThat(sla.ranAt).as("no run after close").hasSize(1);
        assertThat(Thread.getAllStackTraces().keySet()).extracting(Thread::getName)
                .doesNotContain("paydesk-sandbox-scheduler");
    }
}
