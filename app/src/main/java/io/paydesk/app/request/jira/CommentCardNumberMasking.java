package io.paydesk.app.request.jira;

import com.atlassian.event.api.EventListener;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.issue.comments.MutableComment;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.paydesk.core.card.PanRedactor;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Masks card numbers in a comment as soon as Jira announces it, for the ways in that the app's servlet filter does
 * not see: the JSM customer portal's own endpoints, the e-mail channel, automation rules and other apps. Any issue
 * event that carries a comment (added, edited, or typed on a transition) is looked at; a comment with a card number
 * is stored again with it masked, without a second event. Jira keeps no history of comment bodies, so the full
 * number is gone from the database once this has run; a notification already queued for the original event may
 * still carry it, which is why the servlet filter masks the usual paths before Jira stores anything. Never logs a
 * comment's text, and never throws into Jira.
 */
@Named
public class CommentCardNumberMasking {

    private static final Logger LOG = LoggerFactory.getLogger(CommentCardNumberMasking.class);

    private final CommentManager comments;

    @Inject
    public CommentCardNumberMasking(@ComponentImport CommentManager comments) {
        this.comments = comments;
    }

    @EventListener
    public void onIssueEvent(IssueEvent event) {
        Comment comment = event.getComment();
        if (comment == null || comment.getBody() == null || comment.getId() == null) {
            return;
        }
        String masked = PanRedactor.redact(comment.getBody());
        if (masked.equals(comment.getBody())) {
            return;
        }
        try {
            MutableComment stored = comments.getMutableComment(comment.getId());
            if (stored == null) {
                LOG.warn("Paydesk could not mask a card number in comment {}: Jira no longer has it", comment.getId());
                return;
            }
            stored.setBody(PanRedactor.redact(stored.getBody()));
            comments.update(stored, false);
            LOG.info("Paydesk masked a card number in comment {} of {}", comment.getId(),
                    event.getIssue() == null ? "?" : event.getIssue().getKey());
        } catch (RuntimeException failed) {
            LOG.warn("Paydesk could not mask a card number in comment {}: {}", comment.getId(),
                    failed.getClass().getSimpleName());
        }
    }
}
