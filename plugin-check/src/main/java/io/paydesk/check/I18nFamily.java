package io.paydesk.check;

import java.util.Map;
import java.util.Optional;

/**
 * One {@code <resource type="i18n">}: the base name and the bundles that exist and decode, by language.
 */
record I18nFamily(String baseName, Map<String, I18nBundle> bundles) {

    I18nFamily {
        bundles = Map.copyOf(bundles);
    }

    Optional<I18nBundle> bundle(String language) {
        return Optional.ofNullable(bundles.get(language));
    }
}
