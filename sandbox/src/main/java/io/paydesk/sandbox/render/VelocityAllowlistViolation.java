package io.paydesk.sandbox.render;

/** A template called a method of the app that Jira's velocity allowlist would block. */
public final class VelocityAllowlistViolation extends RuntimeException {

    public VelocityAllowlistViolation(String message) {
        super(message);
    }
}
