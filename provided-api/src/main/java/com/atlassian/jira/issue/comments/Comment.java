package com.atlassian.jira.issue.comments;

/** Javadoc: https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/issue/comments/Comment.html */
public interface Comment {
    Long getId();

    String getBody();
}
