package io.paydesk.app.platform.jira;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.scheduler.JobRunnerResponse;
import io.paydesk.app.platform.ScheduledWork;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of a scheduled job under its cluster-wide lock, the one way Paydesk's job runners run: take the
 * lock without waiting (another node still running the previous fire means this one is skipped, and says
 * so), run the host-neutral work for the present moment, release the lock. A failure is logged at ERROR
 * with its stack trace and reported to the scheduler as failed; the work writes each item idempotently, so
 * the next run finishes what this one did not.
 */
public final class ClusterJobRun {

    private static final Logger LOG = LoggerFactory.getLogger(ClusterJobRun.class);

    /** How a run ended, before it becomes the scheduler's response. */
    public sealed interface Result {
        String message();

        record Done(String message) implements Result {
        }

        record Skipped(String message) implements Result {
        }

        record Failed(String message, RuntimeException cause) implements Result {
        }
    }

    private ClusterJobRun() {
    }

    public static Result attempt(ClusterLockService locks, ScheduledWork work, Clock clock) {
        String name = work.job().lockName();
        ClusterLock lock = locks.getLockForName(name);
        if (!lock.tryLock()) {
            String message = "Skipped: another node holds " + name + " and is still running " + work.job().id();
            LOG.info("Paydesk job {}: {}", work.job().id(), message);
            return new Result.Skipped(message);
        }
        try {
            String summary = work.run(clock.instant()).text();
            LOG.info("Paydesk job {}: {}", work.job().id(), summary);
            return new Result.Done(summary);
        } catch (RuntimeException e) {
            LOG.error("Paydesk job " + work.job().id() + " failed; the next run takes up what is left", e);
            return new Result.Failed(work.job().id() + " failed: " + e, e);
        } finally {
            lock.unlock();
        }
    }

    public static JobRunnerResponse response(Result result) {
        return switch (result) {
            case Result.Done done -> JobRunnerResponse.success(done.message());
            case Result.Skipped skipped -> JobRunnerResponse.aborted(skipped.message());
            case Result.Failed failed -> JobRunnerResponse.failed(failed.message());
        };
    }
}
