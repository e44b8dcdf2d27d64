package io.paydesk.check;

import java.util.Set;

/**
 * Template variables Jira puts in every plugin template's context itself. A template may use these without a
 * {@code ## model} declaration; calls on them are not checked (their types belong to Jira).
 */
final class HostTemplateVariables {

    static final Set<String> NAMES = Set.of(
            "i18n", "req", "baseurl", "requestContext", "webResourceManager", "xsrfToken", "atl_token", "textutils");

    private HostTemplateVariables() {
    }
}
