package com.atlassian.jira.issue.fields.screen.issuetype;

import java.util.Collection;

/** Javadoc: https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/issue/fields/screen/issuetype/IssueTypeScreenScheme.html */
public interface IssueTypeScreenScheme {
    Long getId();

    String getName();

    /** One entity per mapped issue type, and the default one (issue type id {@code null}). */
    Collection<IssueTypeScreenSchemeEntity> getEntities();

    /** Sets the entity's scheme to this one and stores the scheme with its entities. */
    void addEntity(IssueTypeScreenSchemeEntity issueTypeScreenSchemeEntity);
}
