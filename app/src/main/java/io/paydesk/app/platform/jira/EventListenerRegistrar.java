package io.paydesk.app.platform.jira;

import com.atlassian.event.api.EventPublisher;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.paydesk.app.request.jira.CommentCardNumberMasking;
import io.paydesk.app.sla.jira.IssueEventRecorder;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;

/**
 * Registers Paydesk's event listeners when the app is enabled and unregisters them when it is disabled: the SLA
 * event recorder and the masking of card numbers in comments.
 */
@Named
public class EventListenerRegistrar implements InitializingBean, DisposableBean {

    private final EventPublisher events;
    private final List<Object> listeners;

    @Inject
    public EventListenerRegistrar(@ComponentImport EventPublisher events, IssueEventRecorder issueEvents,
                                  CommentCardNumberMasking comments) {
        this.events = events;
        this.listeners = List.of(issueEvents, comments);
    }

    @Override
    public void afterPropertiesSet() {
        listeners.forEach(events::register);
    }

    @Override
    public void destroy() {
        listeners.forEach(events::unregister);
    }
}
