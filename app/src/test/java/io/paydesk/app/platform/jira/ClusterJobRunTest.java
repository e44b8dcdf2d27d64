package io.paydesk.app.platform.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.when;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import io.paydesk.app.platform.JobSummary;
import io.paydesk.app.platform.PaydeskJob;
import io.paydesk.app.platform.ScheduledWork;
import io.paydesk.app.sla.SlaDueJob;
import io.paydesk.app.sla.jira.SlaDueJobRunner;
import io.paydesk.core.sla.SlaDueSweep;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import org.junit.jupiter.api.Test;
import org.mockito.MockedStatic;

/** A job run under its cluster lock: skipped while another node holds it, failed without keeping the lock. */
class ClusterJobRunTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    /** Cluster locks by name; a lock another node holds refuses {@code tryLock}. */
    private static final class Locks implements ClusterLockService {
        final Map<String, Lock> byName = new HashMap<>();

        @Override
        public ClusterLock getLockForName(String lockName) {
            return byName.computeIfAbsent(lockName, name -> new Lock());
        }
    }

    private static final class Lock implements ClusterLock {
        boolean heldElsewhere;
        boolean held;
        int unlocks;

        @Override
        public boolean tryLock() {
            if (heldElsewhere || held) {
                return false;
            }
            held = true;
            return true;
        }

        @Override
        public void unlock() {
            if (!held) {
                throw new IllegalMonitorStateException("not held");
            }
            held = false;
            unlocks++;
        }

        @Override
        public void lock() {
            throw new AssertionError("a job run only ever tries the lock, never waits for it");
        }

        @Override
        public void lockInterruptibly() {
            throw new AssertionError("a job run only ever tries the lock, never waits for it");
        }

        @Override
        public boolean tryLock(long time, TimeUnit unit) {
            throw new AssertionError("a job run only ever tries the lock, never waits for it");
        }

        @Override
        public Condition newCondition() {
            throw new AssertionError("a job run only ever tries the lock, never waits for it");
        }
    }

    /** Work that records the moments it ran for, or fails. */
    private static final class Work implements ScheduledWork {
        final List<Instant> ranAt = new ArrayList<>();
        RuntimeException failure;

        @Override
        public PaydeskJob job() {
            return PaydeskJob.SLA_DUE;
        }

        @Override
        public JobSummary run(Instant now) {
            ranAt.add(now);
            if (failure != null) {
                throw failure;
            }
            return () -> "2 SLA notice(s) recorded";
        }
    }

    private final Locks locks = new Locks();
    private final Work work = new Work();

    private Lock lock() {
        return (Lock) locks.getLockForName(PaydeskJob.SLA_DUE.lockName());
    }

    @Test
    void aRunHoldsTheJobsLockAndReportsWhatTheWorkDid() {
        ClusterJobRun.Result result = ClusterJobRun.attempt(locks, work, CLOCK);

        assertThat(result).isEqualTo(new ClusterJobRun.Result.Done("2 SLA notice(s) recorded"));
        assertThat(work.ranAt).containsExactly(NOW);
        assertThat(lock().unlocks).isEqualTo(1);
        assertThat(lock().held).isFalse();
        assertThat(locks.byName).containsOnlyKeys("io.paydesk.paydesk-app:paydesk-sla-due");
    }

    @Test
    void whileAnotherNodeHoldsTheLockTheRunIsSkippedAndSaysSo() {
        lock().heldElsewhere = true;

        ClusterJobRun.Result result = ClusterJobRun.attempt(locks, work, CLOCK);

        assertThat(result).isInstanceOf(ClusterJobRun.Result.Skipped.class);
        assertThat(result.message()).contains("another node holds io.paydesk.paydesk-app:paydesk-sla-due");
        assertThat(work.ranAt).isEmpty();
        assertThat(lock().unlocks).isZero();
    }

    @Test
    void aFailingRunIsReportedAsFailedAndReleasesTheLock() {
        work.failure = new IllegalStateException("database gone");

        ClusterJobRun.Result result = ClusterJobRun.attempt(locks, work, CLOCK);

        assertThat(result).isInstanceOfSatisfying(ClusterJobRun.Result.Failed.class, failed -> {
            assertThat(failed.message()).isEqualTo("paydesk-sla-due failed: java.lang.IllegalStateException: database gone");
            assertThat(failed.cause()).isSameAs(work.failure);
        });
        assertThat(lock().held).isFalse();
        assertThat(ClusterJobRun.attempt(locks, new Work(), CLOCK)).isInstanceOf(ClusterJobRun.Result.Done.class);
    }

    @Test
    void eachEndBecomesTheSchedulersResponse() {
        JobRunnerResponse success = mock(JobRunnerResponse.class);
        JobRunnerResponse aborted = mock(JobRunnerResponse.class);
        JobRunnerResponse failed = mock(JobRunnerResponse.class);
        try (MockedStatic<JobRunnerResponse> responses = mockStatic(JobRunnerResponse.class)) {
            responses.when(() -> JobRunnerResponse.success("done")).thenReturn(success);
            responses.when(() -> JobRunnerResponse.aborted("skipped")).thenReturn(aborted);
            responses.when(() -> JobRunnerResponse.failed("broken")).thenReturn(failed);

            assertThat(ClusterJobRun.response(new ClusterJobRun.Result.Done("done"))).isSameAs(success);
            assertThat(ClusterJobRun.response(new ClusterJobRun.Result.Skipped("skipped"))).isSameAs(aborted);
            assertThat(ClusterJobRun.response(new ClusterJobRun.Result.Failed("broken", new RuntimeException()))).isSameAs(failed);
        }
    }

    @Test
    void theSlaRunnerRunsTheSlaDueJobUnderItsLock() {
        SlaDueJob job = mock(SlaDueJob.class);
        when(job.job()).thenReturn(PaydeskJob.SLA_DUE);
        when(job.run(NOW)).thenReturn(new SlaDueJob.Summary(0, 0, 0, 0, 1, false));
        JobRunnerResponse success = mock(JobRunnerResponse.class);
        try (MockedStatic<JobRunnerResponse> responses = mockStatic(JobRunnerResponse.class)) {
            responses.when(() -> JobRunnerResponse.success(
                    "0 request(s) due: 0 SLA notice(s) recorded, 0 refused, 0 moved by a newer event, in 1 batch(es)"))
                    .thenReturn(success);

            assertThat(new SlaDueJobRunner(locks, job, CLOCK).runJob(mock(JobRunnerRequest.class))).isSameAs(success);
        }
        assertThat(lock().unlocks).isEqualTo(1);
        assertThat(SlaDueSweep.RETRY_AFTER).isPositive();
    }
}
