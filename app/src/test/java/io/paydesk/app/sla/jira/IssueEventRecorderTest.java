package io.paydesk.app.sla.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.priority.Priority;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.issue.CustomFieldManager;
import io.paydesk.app.request.jira.JiraRequestSnapshots;
import io.paydesk.app.sla.SlaClocks;
import io.paydesk.app.sla.SlaEventRecorder;
import io.paydesk.app.sla.ao.AoRequestEventLog;
import io.paydesk.app.sla.ao.AoSlaDueIndex;
import io.paydesk.app.sla.ao.AoSlaNoticeLog;
import io.paydesk.app.sla.ao.AoSlaStateIndex;
import io.paydesk.core.calendar.BusinessCalendar;
import io.paydesk.core.sla.SlaCalendars;
import io.paydesk.core.sla.SlaPolicy;
import io.paydesk.core.sla.SlaPolicyBook;
import io.paydesk.core.sla.SlaSettings;
import io.paydesk.core.sla.SlaSubject;
import io.paydesk.core.sla.IssueObservation;
import io.paydesk.core.sla.RequestEvent;
import io.paydesk.core.sla.RequestEvent.Change;
import io.paydesk.host.ao.AoDatabase;
import io.paydesk.host.ao.AoModule;
import io.paydesk.host.ao.HostActiveObjects;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class IssueEventRecorderTest {

    private final HostActiveObjects ao = HostActiveObjects.open(AoDatabase.inMemory(),
            AoModule.fromDescriptor(getClass().getClassLoader()));
    private final AoRequestEventLog log = new AoRequestEventLog(ao);
    private final AoSlaDueIndex index = new AoSlaDueIndex(ao);
    private final IssueEventRecorder recorder = new IssueEventRecorder(
            new SlaEventRecorder(log, index, new AoSlaNoticeLog(ao), new AoSlaStateIndex(ao), new SlaClocks(log, settings()),
                    Clock.fixed(Instant.parse("2026-11-27T16:00:00Z"), ZoneOffset.UTC)),
            new JiraRequestSnapshots(mock(CustomFieldManager.class)));
    private final ApplicationUser partnerClerk = user("katarzyna");
    private final ApplicationUser agent = user("oleh");

    @AfterEach
    void close() {
        ao.close();
    }

    /** One policy for every request: first response in 2 hours of Warsaw office time, a warning at half. */
    private static SlaSettings settings() {
        BusinessCalendar office = BusinessCalendar.inZone("Europe/Warsaw")
                .mondayToFriday(LocalTime.of(9, 0), LocalTime.of(17, 0)).build().orElseThrow();
        SlaCalendars calendars = SlaCalendars.of("office", office);
        SlaPolicyBook book = SlaPolicyBook.empty()
                .publish(SlaPolicy.draft("everyone").named("Everyone").firstResponse(Duration.ofHours(2), "office").warnAt(50),
                        calendars.names(), Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC))
                .orElseThrow();
        return SlaSettings.of(book, calendars);
    }

    private static ApplicationUser user(String key) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getKey()).thenReturn(key);
        return user;
    }

    private IssueEvent event(Long type, String at, String status, String priority, ApplicationUser actor) {
        Status jiraStatus = mock(Status.class);
        when(jiraStatus.getName()).thenReturn(status);
        Priority jiraPriority = mock(Priority.class);
        when(jiraPriority.getName()).thenReturn(priority);
        Issue issue = mock(Issue.class);
        IssueType issueType = mock(IssueType.class);
        when(issueType.getName()).thenReturn("Payment dispute");
        when(issue.getIssueType()).thenReturn(issueType);
        when(issue.getId()).thenReturn(10042L);
        when(issue.getKey()).thenReturn("PAY-42");
        when(issue.getCreated()).thenReturn(Timestamp.from(Instant.parse("2026-11-27T15:50:00Z")));
        when(issue.getStatus()).thenReturn(jiraStatus);
        when(issue.getPriority()).thenReturn(jiraPriority);
        when(issue.getReporter()).thenReturn(partnerClerk);
        IssueEvent event = mock(IssueEvent.class);
        when(event.getIssue()).thenReturn(issue);
        when(event.getEventTypeId()).thenReturn(type);
        when(event.getUser()).thenReturn(actor);
        when(event.getTime()).thenReturn(Date.from(Instant.parse(at)));
        return event;
    }

    @Test
    void jirasIssueEventsBecomeTheRequestsSlaHistory() {
        recorder.onIssueEvent(event(EventType.ISSUE_CREATED_ID, "2026-11-27T15:50:00Z", "Waiting for support", "Medium", partnerClerk));
        recorder.onIssueEvent(event(EventType.ISSUE_COMMENTED_ID, "2026-11-30T08:10:00Z", "Waiting for support", "Medium", agent));
        recorder.onIssueEvent(event(13L, "2026-11-30T09:00:00Z", "Waiting for customer", "Medium", agent));
        recorder.onIssueEvent(event(EventType.ISSUE_COMMENTED_ID, "2026-11-30T13:00:00Z", "Waiting for customer", "Medium", partnerClerk));

        assertThat(log.history("PAY-42").orElseThrow().events()).extracting(RequestEvent::change).containsExactly(
                new Change.Created("Waiting for support", "Medium"),
                new Change.AgentCommented(),
                new Change.StatusChanged("Waiting for support", "Waiting for customer"),
                new Change.CustomerCommented());
    }

    @Test
    void aNewRequestIsIndexedAtItsFirstSlaWarningWithItsSubject() {
        recorder.onIssueEvent(event(EventType.ISSUE_CREATED_ID, "2026-11-27T15:50:00Z", "Waiting for support", "Medium", partnerClerk));

        var entry = index.find("PAY-42").orElseThrow();
        assertThat(entry.subject()).isEqualTo(new SlaSubject("PAY-42", Optional.empty(), "Payment dispute"));
        // Friday 16:50 in Warsaw: ten minutes left that day, fifty more on Monday from 09:00.
        assertThat(entry.dueAt()).contains(Instant.parse("2026-11-30T08:50:00Z"));
    }

    @Test
    void theSameJiraEventDeliveredTwiceIsRecordedOnce() {
        IssueEvent created = event(EventType.ISSUE_CREATED_ID, "2026-11-27T15:50:00Z", "Waiting for support", "Medium", partnerClerk);

        recorder.onIssueEvent(created);
        recorder.onIssueEvent(created);

        assertThat(log.history("PAY-42").orElseThrow().events()).hasSize(1);
    }

    @Test
    void aFailureIsLoggedAndNeverThrownIntoTheUsersAction() {
        IssueEvent broken = mock(IssueEvent.class);
        when(broken.getEventTypeId()).thenReturn(EventType.ISSUE_CREATED_ID);

        assertThatCode(() -> recorder.onIssueEvent(broken)).doesNotThrowAnyException();
    }

    @Test
    void theObservationNamesTheJiraEventSoRedeliveryIsRecognised() {
        IssueObservation seen = IssueEventRecorder.observation(
                event(EventType.ISSUE_RESOLVED_ID, "2026-12-01T12:00:00Z", "Resolved", "Medium", agent));

        assertThat(seen.sourceId()).isEqualTo("jira:10042:4:" + Instant.parse("2026-12-01T12:00:00Z").toEpochMilli());
        assertThat(seen.kind()).isEqualTo(IssueObservation.Kind.RESOLVED);
    }
}
