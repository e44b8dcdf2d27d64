package io.paydesk.app.platform;

/** User-visible text in the viewer's language, looked up by i18n key; each host supplies its own. */
@FunctionalInterface
public interface Texts {

    String get(String key, Object... arguments);
}
