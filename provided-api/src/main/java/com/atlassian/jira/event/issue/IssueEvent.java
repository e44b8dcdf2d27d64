package com.atlassian.jira.event.issue;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.user.ApplicationUser;
import java.util.Date;

/**
 * Javadoc: https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/event/issue/IssueEvent.html
 * (a final class in Jira; only the members the app calls are declared, {@code getTime()} comes from
 * {@code JiraEvent} through {@code AbstractEvent}). Compile-only: Jira provides the class at run time.
 */
public final class IssueEvent {

    private IssueEvent() {
    }

    public Issue getIssue() {
        throw new IllegalStateException("compile-only declaration");
    }

    public ApplicationUser getUser() {
        throw new IllegalStateException("compile-only declaration");
    }

    public Long getEventTypeId() {
        throw new IllegalStateException("compile-only declaration");
    }

    /** The comment the event is about (added or edited), or {@code null}. */
    public Comment getComment() {
        throw new IllegalStateException("compile-only declaration");
    }

    public Date getTime() {
        throw new IllegalStateException("compile-only declaration");
    }
}
