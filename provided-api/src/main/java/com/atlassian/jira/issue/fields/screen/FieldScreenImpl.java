package com.atlassian.jira.issue.fields.screen;

import java.util.List;

/**
 * Javadoc: https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/issue/fields/screen/FieldScreenImpl.html
 * (the constructor the app calls and the {@link FieldScreen} members it implements; its superclass
 * {@code AbstractGVBean} is left out). Compile-only: Jira provides the class at run time.
 */
public class FieldScreenImpl implements FieldScreen {

    public FieldScreenImpl(FieldScreenManager fieldScreenManager) {
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
    public List<FieldScreenTab> getTabs() {
        throw new IllegalStateException("compile-only declaration");
    }

    @Override
    public FieldScreenTab addTab(String tabName) {
        throw new IllegalStateException("compile-only declaration");
    }

    @Override
    public void store() {
        throw new IllegalStateException("compile-only declaration");
    }
}
