package io.paydesk.sandbox.host;

import io.paydesk.app.platform.PaydeskJob;
import io.paydesk.app.platform.ScheduledWork;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sandbox's scheduler, standing in for Jira's: runs the app's own host-neutral job classes at their
 * {@link PaydeskJob#interval()}, measured on the sandbox's clock, first at once (as Jira runs a job scheduled
 * with no first-run time). A timer thread looks every {@link #TICK} whether a job is due; {@link #runDue()}
 * does the same on the caller's thread, so a test that moves the sandbox clock runs what fell due
 * deterministically. One sandbox is one node, so there is no cluster lock; runs never overlap.
 */
public final class HostScheduler implements AutoCloseable {

    /** How often, in real time, the timer looks for due jobs. */
    public static final Duration TICK = Duration.ofSeconds(1);

    private static final Logger LOG = LoggerFactory.getLogger(HostScheduler.class);

    private final Clock clock;
    private final List<ScheduledWork> work;
    private final Duration tick;
    private final Map<PaydeskJob, Instant> nextRun = new EnumMap<>(PaydeskJob.class);
    private ScheduledExecutorService timer;

    public HostScheduler(Clock clock, List<ScheduledWork> work, Duration tick) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.work = List.copyOf(work);
        this.tick = Objects.requireNonNull(tick, "tick");
    }

    /** What one job run did. */
    public record Run(PaydeskJob job, Instant at, String summary) {
    }

    /** Starts the timer thread. */
    public synchronized HostScheduler start() {
        if (timer != null) {
            throw new IllegalStateException("the scheduler is already running");
        }
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "paydesk-sandbox-scheduler");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::runDueLogged, 0, tick.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    /**
     * Runs every job whose next run has come on the sandbox clock, each once, and sets its next run an
     * interval later. A failing job is logged and tried again at its next interval; the others still run.
     */
    public synchronized List<Run> runDue() {
        Instant now = clock.instant();
        List<Run> runs = new ArrayList<>();
        for (ScheduledWork item : work) {
            Instant next = nextRun.get(item.job());
            if (next != null && now.isBefore(next)) {
                continue;
            }
            nextRun.put(item.job(), now.plus(item.job().interval()));
            try {
                String summary = item.run(now).text();
                LOG.info("Paydesk job {} at {}: {}", item.job().id(), now, summary);
                runs.add(new Run(item.job(), now, summary));
            } catch (RuntimeException e) {
                LOG.error("Paydesk job " + item.job().id() + " failed at " + now, e);
                runs.add(new Run(item.job(), now, "failed: " + e));
            }
        }
        return List.copyOf(runs);
    }

    private void runDueLogged() {
        try {
            runDue();
        } catch (RuntimeException e) {
            LOG.error("Paydesk sandbox scheduler", e);
        }
    }

    /** Stops the timer thread and waits for a run in progress to end. */
    @Override
    public void close() throws InterruptedException {
        ScheduledExecutorService stopping;
        synchronized (this) {
            stopping = timer;
            timer = null;
        }
        if (stopping != null) {
            stopping.shutdownNow();
            if (!stopping.awaitTermination(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the sandbox scheduler did not stop within 30 seconds");
            }
        }
    }

    /** Whether the timer thread runs. */
    public synchronized boolean running() {
        return timer != null;
    }
}
