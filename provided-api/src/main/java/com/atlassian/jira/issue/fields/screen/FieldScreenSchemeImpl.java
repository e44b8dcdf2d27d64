package com.atlassian.jira.issue.fields.screen;

import org.ofbiz.core.entity.GenericValue;

/**
 * Javadoc: https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/issue/fields/screen/FieldScreenSchemeImpl.html
 * (the constructor the app calls, with a {@code null} row for a new scheme, and the {@link FieldScreenScheme}
 * members it implements; its superclass {@code AbstractGVBean} is left out). Compile-only: Jira provides the
 * class at run time.
 */
public class FieldScreenSchemeImpl implements FieldScreenScheme {

    public FieldScreenSchemeImpl(FieldScreenSchemeManager fieldScreenSchemeManager, GenericValue genericValue) {
    }

    @Override
    public Long getId() {
        throw new IllegalStateException("compile-only declaration");
    }

    @Override
    public String getName() {
        throw new IllegalStateException("compile-only declaration");
    }

    @Override
    public void setName(String name) {
        throw new IllegalStateException("compile-only declaration");
    }

    @Override
    public void setDescription(String description) {
        throw new IllegalStateException("compile-only declaration");
    }

    @Override
    public void addFieldScreenSchemeItem(FieldScreenSchemeItem fieldScreenSchemeItem) {
        throw new IllegalStateException("compile-only declaration");
    }

    @Override
    public void store() {
        throw new IllegalStateException("compile-only declaration");
    }
}
