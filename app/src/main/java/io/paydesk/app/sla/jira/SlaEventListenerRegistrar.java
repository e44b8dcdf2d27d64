package io.paydesk.app.sla.jira;

import com.atlassian.event.api.EventPublisher;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;

/** Registers Paydesk's event listeners when the app is enabled and unregisters them when it is disabled. */
@Named
public class SlaEventListenerRegistrar implements InitializingBean, DisposableBean {

    private final EventPublisher events;
    private final IssueEventRecorder issueEvents;

    @Inject
    public SlaEventListenerRegistrar(@ComponentImport EventPublisher events, IssueEventRecorder issueEvents) {
        this.events = events;
        this.issueEvents = issueEvents;
    }

    @Override
    public void afterPropertiesSet() {
        events.register(issueEvents);
    }

    @Override
    public void destroy() {
        events.unregister(issueEvents);
    }
}
