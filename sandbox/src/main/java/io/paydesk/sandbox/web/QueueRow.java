package io.paydesk.sandbox.web;

/** One line of the queue, formatted for the viewer. */
public record QueueRow(String key, String summary, String requestType, String organization, String status,
                       String priority, String created) {
}
