package io.paydesk.check;

import java.util.Map;

/**
 * One language's properties file.
 *
 * @param language "en" for the base file, else the suffix ("ru", "pl", ...)
 * @param entry    the jar entry
 * @param values   key → text
 */
record I18nBundle(String language, String entry, Map<String, String> values) {

    I18nBundle {
        values = Map.copyOf(values);
    }
}
