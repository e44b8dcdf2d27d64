package io.paydesk.core.sla;

import io.paydesk.core.sla.RequestEvent.Change;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Derives the domain's events from what a host observed, against the history recorded so far:
 * <ul>
 *   <li>the event itself (created, commented by an agent or by the customer, resolved, reopened);</li>
 *   <li>a status change when the status now differs from the last recorded one, and likewise a priority
 *       change, so a workflow transition needs no change log;</li>
 *   <li>when nothing is recorded yet for a request raised before Paydesk saw it, its creation first, at
 *       the time it was raised, so its clocks start where they should.</li>
 * </ul>
 * Event ids are the observation's source id plus a suffix per derived event: observing the same host event
 * twice gives the same events, which the log stores once.
 */
public final class ObservedChanges {

    private ObservedChanges() {
    }

    public static List<RequestEvent> events(IssueObservation seen, EventHistory before) {
        List<RequestEvent> events = new ArrayList<>();
        String key = seen.requestKey();
        if (seen.kind() == IssueObservation.Kind.CREATED) {
            events.add(RequestEvent.of(seen.sourceId() + ":created", key, seen.occurredAt(),
                    new Change.Created(seen.status(), seen.priority())));
            return events;
        }
        Optional<String> lastStatus = lastStatus(before);
        Optional<String> lastPriority = lastPriority(before);
        if (before.events().isEmpty()) {
            events.add(RequestEvent.of(seen.sourceId() + ":first-seen", key, seen.requestCreated(),
                    new Change.Created(seen.status(), seen.priority())));
        }
        switch (seen.kind()) {
            case AGENT_COMMENTED -> events.add(event(seen, "agent-comment", new Change.AgentCommented()));
            case CUSTOMER_COMMENTED -> events.add(event(seen, "customer-comment", new Change.CustomerCommented()));
            case RESOLVED -> events.add(event(seen, "resolved", new Change.Resolved()));
            case REOPENED -> events.add(event(seen, "reopened", new Change.Reopened()));
            case CREATED, UPDATED -> {
                // only the status and priority comparisons below
            }
        }
        lastStatus.filter(status -> !status.equals(seen.status()) && !seen.status().isEmpty())
                .ifPresent(status -> events.add(event(seen, "status", new Change.StatusChanged(status, seen.status()))));
        lastPriority.filter(priority -> !priority.equals(seen.priority()) && !seen.priority().isEmpty())
                .ifPresent(priority -> events.add(event(seen, "priority",
                        new Change.PriorityChanged(priority, seen.priority()))));
        return events;
    }

    private static RequestEvent event(IssueObservation seen, String suffix, Change change) {
        return RequestEvent.of(seen.sourceId() + ":" + suffix, seen.requestKey(), seen.occurredAt(), change);
    }

    private static Optional<String> lastStatus(EventHistory history) {
        Optional<String> status = Optional.empty();
        for (RequestEvent event : history.events()) {
            if (event.newStatus().isPresent()) {
                status = event.newStatus();
            }
        }
        return status;
    }

    private static Optional<String> lastPriority(EventHistory history) {
        Optional<String> priority = Optional.empty();
        for (RequestEvent event : history.events()) {
            if (event.change() instanceof Change.Created created) {
                priority = Optional.of(created.priority());
            } else if (event.change() instanceof Change.PriorityChanged changed) {
                priority = Optional.of(changed.to());
            }
        }
        return priority;
    }
}
