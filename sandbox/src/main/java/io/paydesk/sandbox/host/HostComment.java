package io.paydesk.sandbox.host;

import java.time.Instant;

/** A comment on a request: who wrote it, when, and its text with every card number already masked. */
public record HostComment(String author, Instant created, String body) {
}
