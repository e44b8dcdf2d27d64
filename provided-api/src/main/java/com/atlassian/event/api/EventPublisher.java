package com.atlassian.event.api;

/** Javadoc: https://docs.atlassian.com/atlassian-event/2.3.1/com/atlassian/event/api/EventPublisher.html */
public interface EventPublisher {
    void register(Object listener);

    void unregister(Object listener);
}
