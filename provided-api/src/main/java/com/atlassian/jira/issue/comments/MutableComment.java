package com.atlassian.jira.issue.comments;

/** Javadoc: https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/issue/comments/MutableComment.html */
public interface MutableComment extends Comment {
    void setBody(String body);
}
