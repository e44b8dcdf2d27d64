package io.paydesk.app.sla.jira;

import com.atlassian.beehive.ClusterLockService;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import io.paydesk.app.platform.jira.ClusterJobRun;
import io.paydesk.app.sla.SlaDueJob;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;

/** Jira's runner for {@code paydesk-sla-due}: the {@link SlaDueJob} under its cluster lock. */
@Named
public class SlaDueJobRunner implements JobRunner {

    private final ClusterLockService locks;
    private final SlaDueJob job;
    private final Clock clock;

    @Inject
    public SlaDueJobRunner(@ComponentImport ClusterLockService locks, SlaDueJob job) {
        this(locks, job, Clock.systemUTC());
    }

    public SlaDueJobRunner(ClusterLockService locks, SlaDueJob job, Clock clock) {
        this.locks = locks;
        this.job = job;
        this.clock = clock;
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        return ClusterJobRun.response(ClusterJobRun.attempt(locks, job, clock));
    }
}
