package io.paydesk.sandbox.host;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.paydesk.core.sla.IssueObservation;
import io.paydesk.sandbox.host.ao.HostCommentEntity;
import io.paydesk.sandbox.host.ao.HostIssueEntity;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * The sandbox's requests, filtered by what the viewer may see (partner users: their organization only; requests
 * restricted to the risk/AML role: those agents only).
 */
public final class HostRequests {

    private final ActiveObjects ao;
    private final HostEvents events;

    public HostRequests(ActiveObjects ao, HostEvents events) {
        this.ao = ao;
        this.events = events;
    }

    /**
     * Stores the request and publishes its creation; returns its issue id, the number Jira's
     * {@code Issue.getId()} would give.
     */
    public long add(HostRequest request) {
        long id = ao.create(HostIssueEntity.class,
                new DBParam("ISSUE_KEY", request.key()),
                new DBParam("SUMMARY", request.summary()),
                new DBParam("DESCRIPTION", request.description()),
                new DBParam("REQUEST_TYPE", request.requestType()),
                new DBParam("STATUS", request.status()),
                new DBParam("PRIORITY", request.priority()),
                new DBParam("CREATED", Date.from(request.created())),
                new DBParam("REPORTER", request.reporter()),
                new DBParam("ORGANIZATION_ID", request.organizationId()),
                new DBParam("CUSTOMER_ID", request.customerId().orElse(null)),
                new DBParam("CARD", request.card().orElse(null)),
                new DBParam("RISK_AND_AML_ONLY", request.riskAndAmlOnly())).getID();
        events.publish(new IssueObservation("sandbox:" + request.key() + ":created", request.key(), request.created(),
                request.created(), IssueObservation.Kind.CREATED, request.status(), request.priority()), request.slaSubject());
        return id;
    }

    /**
     * Moves the request to {@code status} at {@code at} and publishes the change, as a Jira transition does:
     * into "Resolved" resolves it, out of it reopens it. The same status again changes nothing.
     *
     * @return whether the status changed
     * @throws IllegalArgumentException for a status the sandbox's workflow does not have, or no such request
     */
    public boolean changeStatus(String key, String status, Instant at) {
        if (!HostRequest.STATUSES.contains(status)) {
            throw new IllegalArgumentException("no status '" + status + "' in the sandbox's workflow");
        }
        HostIssueEntity issue = entity(key);
        String before = issue.getStatus();
        if (before.equals(status)) {
            return false;
        }
        issue.setStatus(status);
        issue.save();
        IssueObservation.Kind kind = HostRequest.RESOLVED.equals(status) ? IssueObservation.Kind.RESOLVED
                : HostRequest.RESOLVED.equals(before) ? IssueObservation.Kind.REOPENED
                : IssueObservation.Kind.UPDATED;
        events.publish(new IssueObservation("sandbox:" + key + ":status:" + at.toEpochMilli() + ":" + status, key,
                issue.getCreated().toInstant(), at, kind, status, issue.getPriority()), toRequest(issue).slaSubject());
        return true;
    }

    /**
     * Adds {@code author}'s comment to the request and publishes it, as Jira's comment event: an agent's
     * comment answers the partner (it meets a first-response goal), a partner user's is the customer's. Like Jira's
     * comment manager, the host stores the text it is given: the app's servlet filter has masked its card numbers
     * before the comment form reached the host.
     *
     * @throws IllegalArgumentException for a blank comment or no such request
     */
    public HostComment comment(String key, HostUser author, String text, Instant at) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a comment needs text");
        }
        HostIssueEntity issue = entity(key);
        HostComment comment = new HostComment(author.username(), at, text.strip());
        ao.create(HostCommentEntity.class,
                new DBParam("ISSUE_KEY", key),
                new DBParam("AUTHOR", comment.author()),
                new DBParam("BODY", comment.body()),
                new DBParam("CREATED", Date.from(at)));
        IssueObservation.Kind kind = author.role().isAgent()
                ? IssueObservation.Kind.AGENT_COMMENTED : IssueObservation.Kind.CUSTOMER_COMMENTED;
        events.publish(new IssueObservation("sandbox:" + key + ":comment:" + at.toEpochMilli() + ":" + author.username(),
                key, issue.getCreated().toInstant(), at, kind, issue.getStatus(), issue.getPriority()),
                toRequest(issue).slaSubject());
        return comment;
    }

    /** The request's comments, oldest first. */
    public List<HostComment> comments(String key) {
        return Arrays.stream(ao.find(HostCommentEntity.class, Query.select().where("ISSUE_KEY = ?", key).order("CREATED, ID")))
                .map(e -> new HostComment(e.getAuthor(), e.getCreated().toInstant(), e.getBody()))
                .toList();
    }

    private HostIssueEntity entity(String key) {
        HostIssueEntity[] found = ao.find(HostIssueEntity.class, Query.select().where("ISSUE_KEY = ?", key));
        if (found.length == 0) {
            throw new IllegalArgumentException("no request " + key);
        }
        return found[0];
    }

    /** The key the next request gets: {@code PAY-} and one more than the requests so far. */
    public String nextKey() {
        return "PAY-" + (ao.count(HostIssueEntity.class, Query.select()) + 1);
    }

    /** The issue id of {@code key}, the number the app keys its data by. */
    public long idOf(String key) {
        return entity(key).getID();
    }

    /** The request, if it exists and the viewer may see it; otherwise empty, so existence is not revealed. */
    public Optional<HostRequest> find(String key, HostUser viewer) {
        HostIssueEntity[] found = ao.find(HostIssueEntity.class, Query.select().where("ISSUE_KEY = ?", key));
        return Arrays.stream(found).map(HostRequests::toRequest).filter(viewer::canSee).findFirst();
    }

    /** Newest first, only those the viewer may see. */
    public List<HostRequest> visibleTo(HostUser viewer) {
        Query query = viewer.role().isAgent()
                ? Query.select()
                : Query.select().where("ORGANIZATION_ID = ?", viewer.organizationId().orElseThrow());
        return Arrays.stream(ao.find(HostIssueEntity.class, query.order("CREATED DESC")))
                .map(HostRequests::toRequest)
                .filter(viewer::canSee)
                .toList();
    }

    private static HostRequest toRequest(HostIssueEntity e) {
        return new HostRequest(e.getIssueKey(), e.getSummary(), e.getDescription() == null ? "" : e.getDescription(),
                e.getRequestType(), e.getStatus(), e.getPriority(), e.getCreated().toInstant(), e.getReporter(),
                e.getOrganizationId(), Optional.ofNullable(e.getCustomerId()), Optional.ofNullable(e.getCard()),
                e.isRiskAndAmlOnly());
    }
}
