package io.paydesk.sandbox.host;

import java.time.Instant;

/**
 * A comment on a request: who wrote it, when, and its text as stored, its card numbers masked by the app's servlet
 * filter before the comment reached the host.
 */
public record HostComment(String author, Instant created, String body) {
}
