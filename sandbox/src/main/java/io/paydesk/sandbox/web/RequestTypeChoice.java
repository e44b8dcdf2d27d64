package io.paydesk.sandbox.web;

/** A request type the viewer may raise, as the portal's chooser lists it: its key and translated names. */
public record RequestTypeChoice(String key, String name, String issueType) {
}
