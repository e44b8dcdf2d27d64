package org.ofbiz.core.entity;

/**
 * The entity engine's row, named by the constructors of Jira's screen scheme beans (for example
 * https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/issue/fields/screen/FieldScreenSchemeItemImpl.html);
 * the app passes only {@code (GenericValue) null}, which makes a new bean. Its members are left out.
 */
public class GenericValue {
}
