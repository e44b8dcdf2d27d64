package io.paydesk.sandbox.web;

/** A comment as the issue view lists it: author's name, when in the viewer's zone, and the masked text. */
public record CommentRow(String author, String created, String body) {
}
