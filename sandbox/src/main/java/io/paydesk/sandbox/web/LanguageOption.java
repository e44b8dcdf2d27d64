package io.paydesk.sandbox.web;

/** A language the viewer can switch to, named in itself. */
public record LanguageOption(String code, String name) {
}
