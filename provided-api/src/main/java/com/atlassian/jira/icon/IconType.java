package com.atlassian.jira.icon;

/**
 * Javadoc: https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/icon/IconType.html (an {@code @ExperimentalApi} class; only the constant the
 * app reads is declared). Compile-only: Jira provides the class and its constants at run time.
 */
public class IconType {

    public static final IconType ISSUE_TYPE_ICON_TYPE = new IconType();

    private IconType() {
    }
}
