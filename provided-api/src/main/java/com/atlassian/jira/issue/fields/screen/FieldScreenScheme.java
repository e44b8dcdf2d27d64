package com.atlassian.jira.issue.fields.screen;

/** Javadoc: https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/issue/fields/screen/FieldScreenScheme.html */
public interface FieldScreenScheme {
    Long getId();

    String getName();

    void setName(String name);

    void setDescription(String description);

    /** Sets the item's scheme to this one and stores the scheme with its items. */
    void addFieldScreenSchemeItem(FieldScreenSchemeItem fieldScreenSchemeItem);

    void store();
}
