package io.paydesk.app.platform.jira;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import io.paydesk.app.dispute.jira.DisputeDeadlineJobRunner;
import io.paydesk.app.sla.jira.SlaDueJobRunner;
import java.util.Date;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.MockedStatic;

/** The runners come and go with the app; the jobs are scheduled once per cluster at their intervals and stay scheduled. */
class ScheduledJobsRegistrarTest {

    private final SchedulerService scheduler = mock(SchedulerService.class);
    private final DisputeDeadlineJobRunner disputeRunner = mock(DisputeDeadlineJobRunner.class);
    private final SlaDueJobRunner slaRunner = mock(SlaDueJobRunner.class);
    private final ScheduledJobsRegistrar registrar = new ScheduledJobsRegistrar(scheduler, disputeRunner, slaRunner);

    private final JobRunnerKey disputeKey = mock(JobRunnerKey.class);
    private final JobRunnerKey slaKey = mock(JobRunnerKey.class);
    private final JobId disputeId = mock(JobId.class);
    private final JobId slaId = mock(JobId.class);
    private final JobConfig disputeConfig = config();
    private final JobConfig slaConfig = config();
    private final Schedule hourly = mock(Schedule.class);
    private final Schedule everyMinute = mock(Schedule.class);

    private MockedStatic<JobRunnerKey> keys;
    private MockedStatic<JobId> ids;
    private MockedStatic<JobConfig> configs;
    private MockedStatic<Schedule> schedules;

    /** A config that answers itself to every {@code with…}, as Jira's immutable copies would chain. */
    private static JobConfig config() {
        JobConfig config = mock(JobConfig.class);
        when(config.withRunMode(any())).thenReturn(config);
        when(config.withSchedule(any())).thenReturn(config);
        return config;
    }

    @BeforeEach
    void atlassianFactories() {
        keys = mockStatic(JobRunnerKey.class);
        keys.when(() -> JobRunnerKey.of("paydesk-dispute-deadlines")).thenReturn(disputeKey);
        keys.when(() -> JobRunnerKey.of("paydesk-sla-due")).thenReturn(slaKey);
        ids = mockStatic(JobId.class);
        ids.when(() -> JobId.of("paydesk-dispute-deadlines")).thenReturn(disputeId);
        ids.when(() -> JobId.of("paydesk-sla-due")).thenReturn(slaId);
        configs = mockStatic(JobConfig.class);
        configs.when(() -> JobConfig.forJobRunnerKey(disputeKey)).thenReturn(disputeConfig);
        configs.when(() -> JobConfig.forJobRunnerKey(slaKey)).thenReturn(slaConfig);
        schedules = mockStatic(Schedule.class);
        schedules.when(() -> Schedule.forInterval(3_600_000L, (Date) null)).thenReturn(hourly);
        schedules.when(() -> Schedule.forInterval(60_000L, (Date) null)).thenReturn(everyMinute);
    }

    @AfterEach
    void release() {
        keys.close();
        ids.close();
        configs.close();
        schedules.close();
    }

    @Test
    void enablingRegistersBothRunnersAndSchedulesEachJobOncePerCluster() throws Exception {
        registrar.afterPropertiesSet();

        verify(scheduler).registerJobRunner(disputeKey, disputeRunner);
        verify(scheduler).registerJobRunner(slaKey, slaRunner);
        verify(disputeConfig).withRunMode(RunMode.RUN_ONCE_PER_CLUSTER);
        verify(disputeConfig).withSchedule(hourly);
        verify(slaConfig).withRunMode(RunMode.RUN_ONCE_PER_CLUSTER);
        verify(slaConfig).withSchedule(everyMinute);
        verify(scheduler).scheduleJob(disputeId, disputeConfig);
        verify(scheduler).scheduleJob(slaId, slaConfig);
    }

    @Test
    void disablingUnregistersTheRunnersAndLeavesTheClustersJobsScheduled() {
        registrar.afterPropertiesSet();

        registrar.destroy();

        verify(scheduler).unregisterJobRunner(disputeKey);
        verify(scheduler).unregisterJobRunner(slaKey);
    }

    @Test
    void aJobTheSchedulerRefusesIsLoggedAndTheOtherIsStillScheduled() throws Exception {
        doThrow(new SchedulerServiceException("no database")).when(scheduler).scheduleJob(eq(disputeId), any());

        assertThatCode(registrar::afterPropertiesSet).doesNotThrowAnyException();

        verify(scheduler).scheduleJob(slaId, slaConfig);
        verify(scheduler, never()).unregisterJobRunner(any());
    }
}
