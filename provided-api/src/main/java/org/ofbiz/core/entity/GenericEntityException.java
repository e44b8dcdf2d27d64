package org.ofbiz.core.entity;

/**
 * Jira's entity engine exception, declared by {@code CustomFieldManager.createCustomField}
 * (https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/issue/CustomFieldManager.html); checked.
 */
public class GenericEntityException extends GeneralException {
    private static final long serialVersionUID = 1L;

    public GenericEntityException(String message) {
        super(message);
    }
}
