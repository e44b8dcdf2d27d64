package com.atlassian.jira.issue.comments;

/** Javadoc: https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/issue/comments/CommentManager.html */
public interface CommentManager {
    /** The comment to change and store with {@link #update}; {@code null} when there is none of that id. */
    MutableComment getMutableComment(Long commentId);

    /** Stores the changed comment; with {@code dispatchEvent} false no "comment edited" event is sent. */
    void update(Comment comment, boolean dispatchEvent);
}
