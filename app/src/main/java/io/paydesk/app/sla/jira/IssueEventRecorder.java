package io.paydesk.app.sla.jira;

import com.atlassian.event.api.EventListener;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import io.paydesk.app.request.jira.JiraRequestSnapshots;
import io.paydesk.app.sla.SlaEventRecorder;
import io.paydesk.core.sla.IssueObservation;
import io.paydesk.core.sla.SlaSubject;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feeds Jira's issue events into the SLA event log. Fast and safe on Jira's event thread: one small insert
 * per event, and a failure is logged, never thrown back into the user's action. A comment counts as the
 * customer's when its author is the request's reporter (the partner-bank user who raised it), otherwise as
 * an agent's. The request's partner organization and request type go with it, so the SLA due index can
 * pick the request's policy.
 */
@Named
public class IssueEventRecorder {

    private static final Logger LOG = LoggerFactory.getLogger(IssueEventRecorder.class);

    private final SlaEventRecorder recorder;
    private final JiraRequestSnapshots snapshots;

    @Inject
    public IssueEventRecorder(SlaEventRecorder recorder, JiraRequestSnapshots snapshots) {
        this.recorder = recorder;
        this.snapshots = snapshots;
    }

    @EventListener
    public void onIssueEvent(IssueEvent event) {
        try {
            recorder.record(observation(event), SlaSubject.of(snapshots.of(event.getIssue())));
        } catch (RuntimeException e) {
            LOG.warn("Paydesk could not record issue event {} of {} for SLA timers: {}", event.getEventTypeId(),
                    event.getIssue() == null ? "?" : event.getIssue().getKey(), e.toString());
        }
    }

    static IssueObservation observation(IssueEvent event) {
        Issue issue = event.getIssue();
        Long type = event.getEventTypeId();
        IssueObservation.Kind kind;
        if (EventType.ISSUE_CREATED_ID.equals(type)) {
            kind = IssueObservation.Kind.CREATED;
        } else if (EventType.ISSUE_RESOLVED_ID.equals(type)) {
            kind = IssueObservation.Kind.RESOLVED;
        } else if (EventType.ISSUE_REOPENED_ID.equals(type)) {
            kind = IssueObservation.Kind.REOPENED;
        } else if (EventType.ISSUE_COMMENTED_ID.equals(type)) {
            kind = byReporter(event.getUser(), issue.getReporter())
                    ? IssueObservation.Kind.CUSTOMER_COMMENTED : IssueObservation.Kind.AGENT_COMMENTED;
        } else {
            kind = IssueObservation.Kind.UPDATED;
        }
        String sourceId = "jira:" + issue.getId() + ":" + type + ":" + event.getTime().getTime();
        return new IssueObservation(sourceId, issue.getKey(), issue.getCreated().toInstant(),
                event.getTime().toInstant(), kind,
                issue.getStatus() == null ? "" : issue.getStatus().getName(),
                issue.getPriority() == null ? "" : issue.getPriority().getName());
    }

    private static boolean byReporter(ApplicationUser actor, ApplicationUser reporter) {
        return actor != null && reporter != null && Objects.equals(actor.getKey(), reporter.getKey());
    }
}
