package io.paydesk.app.request.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.issue.comments.MutableComment;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A comment that reaches Jira with a card number (from the customer portal, e-mail or another app) is stored again
 * with the number masked, without a second event; comments without one, and events without a comment, are left
 * alone; Jira refusing the update never reaches the caller.
 */
class CommentCardNumberMaskingTest {

    private final CommentManager manager = mock(CommentManager.class);
    private final CommentCardNumberMasking masking = new CommentCardNumberMasking(manager);
    /** The comment bodies as Jira stores them, by id. */
    private final Map<Long, String> stored = new HashMap<>();

    CommentCardNumberMaskingTest() {
        when(manager.getMutableComment(anyLong())).thenAnswer(call -> {
            Long id = call.getArgument(0);
            if (!stored.containsKey(id)) {
                return null;
            }
            MutableComment comment = mock(MutableComment.class);
            Map<String, String> body = new HashMap<>(Map.of("body", stored.get(id)));
            when(comment.getId()).thenReturn(id);
            when(comment.getBody()).thenAnswer(c -> body.get("body"));
            doAnswer(c -> body.put("body", c.getArgument(0))).when(comment).setBody(any());
            return comment;
        });
        doAnswer(call -> {
            Comment comment = call.getArgument(0);
            stored.put(comment.getId(), comment.getBody());
            return null;
        }).when(manager).update(any(), anyBoolean());
    }

    private IssueEvent commented(long id, String body) {
        stored.put(id, body);
        Comment comment = mock(Comment.class);
        when(comment.getId()).thenReturn(id);
        when(comment.getBody()).thenReturn(body);
        Issue issue = mock(Issue.class);
        when(issue.getKey()).thenReturn("PAY-7");
        IssueEvent event = mock(IssueEvent.class);
        when(event.getComment()).thenReturn(comment);
        when(event.getIssue()).thenReturn(issue);
        return event;
    }

    @Test
    void aCardNumberInAPortalCommentIsMaskedAndStoredWithoutASecondEvent() {
        masking.onIssueEvent(commented(501, "Card 4111 1111 1111 1111 was charged twice, RRN 624512345678."));

        assertThat(stored.get(501L)).isEqualTo("Card 4111 11** **** 1111 was charged twice, RRN 624512345678.");
        verify(manager).update(any(), org.mockito.ArgumentMatchers.eq(false));
    }

    @Test
    void aCommentWithoutACardNumberOrAnEventWithoutACommentIsLeftAlone() {
        masking.onIssueEvent(commented(502, "The merchant refunded 349.90 PLN on 2 Nov, RRN 624512345678."));
        IssueEvent noComment = mock(IssueEvent.class);
        masking.onIssueEvent(noComment);

        verify(manager, never()).getMutableComment(anyLong());
        verify(manager, never()).update(any(), anyBoolean());
        assertThat(stored.get(502L)).isEqualTo("The merchant refunded 349.90 PLN on 2 Nov, RRN 624512345678.");
    }

    @Test
    void aCommentDeletedMeanwhileOrAnUpdateJiraRefusesNeverReachesTheCaller() {
        IssueEvent deleted = commented(503, "4111111111111111");
        stored.remove(503L);
        masking.onIssueEvent(deleted);
        verify(manager, never()).update(any(), anyBoolean());

        doThrow(new IllegalStateException("database is read-only")).when(manager).update(any(), anyBoolean());
        masking.onIssueEvent(commented(504, "4111111111111111"));

        assertThat(stored.get(504L)).isEqualTo("4111111111111111");
    }
}
