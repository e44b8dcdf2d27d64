package io.paydesk.core.sla;

import static org.assertj.core.api.Assertions.assertThat;

import io.paydesk.core.sla.RequestEvent.Change;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ObservedChangesTest {

    private static final Instant RAISED = Instant.parse("2026-11-27T15:50:00Z");

    private static IssueObservation seen(String source, IssueObservation.Kind kind, String at, String status,
                                         String priority) {
        return new IssueObservation(source, "PAY-7", RAISED, Instant.parse(at), kind, status, priority);
    }

    private static EventHistory history(RequestEvent... events) {
        return EventHistory.of("PAY-7", List.of(events)).orElseThrow();
    }

    private static final RequestEvent CREATED = RequestEvent.of("jira:7:1:1:created", "PAY-7", RAISED,
            new Change.Created("Waiting for support", "Medium"));

    @Test
    void aCreatedRequestStartsItsHistory() {
        assertThat(ObservedChanges.events(seen("jira:7:1:1", IssueObservation.Kind.CREATED, "2026-11-27T15:50:00Z",
                "Waiting for support", "Medium"), EventHistory.empty("PAY-7")))
                .containsExactly(CREATED);
    }

    @Test
    void aTransitionBecomesAStatusChangeFromTheLastRecordedStatus() {
        List<RequestEvent> events = ObservedChanges.events(seen("jira:7:13:2", IssueObservation.Kind.UPDATED,
                "2026-11-30T09:10:00Z", "Waiting for customer", "Medium"), history(CREATED));

        assertThat(events).extracting(RequestEvent::change)
                .containsExactly(new Change.StatusChanged("Waiting for support", "Waiting for customer"));
        assertThat(events).extracting(e -> e.id().value()).containsExactly("jira:7:13:2:status");
    }

    @Test
    void aCommentByTheCustomerAndARaisedPriorityAreBothRecorded() {
        List<RequestEvent> events = ObservedChanges.events(seen("jira:7:6:3", IssueObservation.Kind.CUSTOMER_COMMENTED,
                "2026-11-30T10:00:00Z", "Waiting for support", "High"), history(CREATED));

        assertThat(events).extracting(RequestEvent::change)
                .containsExactly(new Change.CustomerCommented(), new Change.PriorityChanged("Medium", "High"));
    }

    @Test
    void aRequestRaisedBeforePaydeskSawItGetsItsCreationFirstAtTheTimeItWasRaised() {
        List<RequestEvent> events = ObservedChanges.events(seen("jira:7:4:9", IssueObservation.Kind.RESOLVED,
                "2026-12-01T12:00:00Z", "Resolved", "Medium"), EventHistory.empty("PAY-7"));

        assertThat(events).extracting(RequestEvent::change)
                .containsExactly(new Change.Created("Resolved", "Medium"), new Change.Resolved());
        assertThat(events.get(0).occurredAt()).isEqualTo(RAISED);
    }

    @Test
    void nothingChangedMeansNothingToRecord() {
        assertThat(ObservedChanges.events(seen("jira:7:2:4", IssueObservation.Kind.UPDATED, "2026-11-30T11:00:00Z",
                "Waiting for support", "Medium"), history(CREATED))).isEmpty();
    }

    @Test
    void observingTheSameHostEventTwiceGivesTheSameEvents() {
        IssueObservation reopened = seen("jira:7:7:5", IssueObservation.Kind.REOPENED, "2026-12-02T08:00:00Z",
                "Waiting for support", "Medium");

        assertThat(ObservedChanges.events(reopened, history(CREATED)))
                .isEqualTo(ObservedChanges.events(reopened, history(CREATED)));
    }
}
