package io.paydesk.core.setup;

import java.util.Objects;

/**
 * One line of a plan: what is needed ({@link Kind}, its catalogue key and Jira name, and where it goes) and
 * whether it is to be created, exists already, clashes with something Paydesk will not touch, or is left to the
 * administrator because doing it would change other projects too.
 *
 * @param key       the catalogue key: of the issue type, field or request type; for screens and screen schemes,
 *                  the issue type's
 * @param name      the name in Jira; for an issue type's screen scheme, the screen scheme's
 * @param within    where it goes: the screen for a screen field, the issue type for a request type, the project's
 *                  issue type screen scheme for an issue type's screen scheme; else empty
 * @param found     for a conflict, what is there already: the type key of the field that has the name, or the
 *                  screen scheme the issue type uses; for a step left by hand, the other projects it would change;
 *                  else empty
 */
public record SetupStep(Kind kind, String key, String name, String within, Status status, String found) {

    public enum Kind {
        /** An issue type of the instance. */
        ISSUE_TYPE,
        /** The issue type in the project's issue type scheme. */
        PROJECT_ISSUE_TYPE,
        /** A custom field, with a context for this project and the issue types that carry it. */
        CUSTOM_FIELD,
        /** A screen with the Paydesk tab. */
        SCREEN,
        /** A field on a screen's Paydesk tab. */
        SCREEN_FIELD,
        /** A request type on the project's customer portal. */
        REQUEST_TYPE,
        /** A screen scheme whose default screen is the issue type's Paydesk screen. */
        SCREEN_SCHEME,
        /** The issue type uses its Paydesk screen scheme in the project's issue type screen scheme. */
        ISSUE_TYPE_SCREEN_SCHEME
    }

    public enum Status {
        CREATE,
        EXISTS,
        CONFLICT,
        /** Doing it would change other projects that share the configuration: the administrator decides. */
        BY_HAND
    }

    public SetupStep {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(within, "within");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(found, "found");
    }

    static SetupStep of(Kind kind, String key, String name, String within, boolean exists) {
        return new SetupStep(kind, key, name, within, exists ? Status.EXISTS : Status.CREATE, "");
    }
}
