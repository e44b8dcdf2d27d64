package io.paydesk.app.platform.jira;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import io.paydesk.app.dispute.jira.DisputeDeadlineJobRunner;
import io.paydesk.app.platform.PaydeskJob;
import io.paydesk.app.sla.jira.SlaDueJobRunner;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;

/**
 * Registers Paydesk's job runners with Jira's scheduler when the app is enabled and schedules each job
 * {@link RunMode#RUN_ONCE_PER_CLUSTER} at its interval, first run at once (no first-run time). Scheduling an id
 * again replaces the job, so every node's start is safe: the jobs are idempotent and a start only brings the
 * next run forward. Unregisters the runners when the app is disabled. The jobs stay scheduled in
 * Jira's database for the cluster: unscheduling on one node's disable would stop them on every node.
 */
@Named
public class ScheduledJobsRegistrar implements InitializingBean, DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduledJobsRegistrar.class);

    private final SchedulerService scheduler;
    private final Map<PaydeskJob, JobRunner> runners = new LinkedHashMap<>();

    @Inject
    public ScheduledJobsRegistrar(@ComponentImport SchedulerService scheduler, DisputeDeadlineJobRunner disputeDeadlines,
            SlaDueJobRunner slaDue) {
        this.scheduler = scheduler;
        this.runners.put(PaydeskJob.DISPUTE_DEADLINES, disputeDeadlines);
        this.runners.put(PaydeskJob.SLA_DUE, slaDue);
    }

    @Override
    public void afterPropertiesSet() {
        runners.forEach((job, runner) -> {
            JobRunnerKey key = JobRunnerKey.of(job.id());
            scheduler.registerJobRunner(key, runner);
            JobConfig config = JobConfig.forJobRunnerKey(key)
                    .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                    .withSchedule(Schedule.forInterval(job.interval().toMillis(), null));
            try {
                scheduler.scheduleJob(JobId.of(job.id()), config);
            } catch (SchedulerServiceException e) {
                LOG.error("Paydesk could not schedule its job " + job.id() + "; it will not run until the app is enabled again", e);
            }
        });
    }

    @Override
    public void destroy() {
        runners.keySet().forEach(job -> scheduler.unregisterJobRunner(JobRunnerKey.of(job.id())));
    }
}
