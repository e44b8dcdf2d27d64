package io.paydesk.app.platform.jira;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import com.atlassian.event.api.EventPublisher;
import io.paydesk.app.request.jira.CommentCardNumberMasking;
import io.paydesk.app.sla.jira.IssueEventRecorder;
import org.junit.jupiter.api.Test;

class EventListenerRegistrarTest {

    @Test
    void everyListenerIsRegisteredOnEnableAndUnregisteredOnDisable() {
        EventPublisher events = mock(EventPublisher.class);
        IssueEventRecorder recorder = mock(IssueEventRecorder.class);
        CommentCardNumberMasking comments = mock(CommentCardNumberMasking.class);
        EventListenerRegistrar registrar = new EventListenerRegistrar(events, recorder, comments);

        registrar.afterPropertiesSet();
        verify(events).register(recorder);
        verify(events).register(comments);

        registrar.destroy();
        verify(events).unregister(recorder);
        verify(events).unregister(comments);
    }
}
