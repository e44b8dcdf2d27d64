package org.ofbiz.core.entity;

/** Jira's entity engine (OfBiz) base exception, the supertype of {@link GenericEntityException}; checked. */
public class GeneralException extends Exception {
    private static final long serialVersionUID = 1L;

    public GeneralException(String message) {
        super(message);
    }
}
