package io.paydesk.sandbox.web;

/** A user on the sign-in page. */
public record UserChoice(String username, String displayName, String role, boolean agent, String organization) {
}
