package io.paydesk.app.dispute.jira;

import com.atlassian.beehive.ClusterLockService;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import io.paydesk.app.dispute.DisputeDeadlineJob;
import io.paydesk.app.platform.jira.ClusterJobRun;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;

/** Jira's runner for {@code paydesk-dispute-deadlines}: the {@link DisputeDeadlineJob} under its cluster lock. */
@Named
public class DisputeDeadlineJobRunner implements JobRunner {

    private final ClusterLockService locks;
    private final DisputeDeadlineJob job;
    private final Clock clock;

    @Inject
    public DisputeDeadlineJobRunner(@ComponentImport ClusterLockService locks, DisputeDeadlineJob job) {
        this(locks, job, Clock.systemUTC());
    }

    public DisputeDeadlineJobRunner(ClusterLockService locks, DisputeDeadlineJob job, Clock clock) {
        this.locks = locks;
        this.job = job;
        this.clock = clock;
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        return ClusterJobRun.response(ClusterJobRun.attempt(locks, job, clock));
    }
}
