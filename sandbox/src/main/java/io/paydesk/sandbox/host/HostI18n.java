package io.paydesk.sandbox.host;

import io.paydesk.app.platform.Texts;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The sandbox's counterpart of Jira's {@code I18nHelper}: the app's bundle and the sandbox's own, in the
 * viewer's language, with English as the base. Templates call {@code $i18n.getText(...)} as in Jira.
 */
public final class HostI18n implements Texts {

    private final Locale locale;
    private final List<ResourceBundle> bundles = new ArrayList<>();

    public HostI18n(Locale locale, List<String> bundleNames) {
        this.locale = locale;
        ResourceBundle.Control noServerFallback =
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        for (String name : bundleNames) {
            bundles.add(ResourceBundle.getBundle(name, locale, HostI18n.class.getClassLoader(), noServerFallback));
        }
    }

    public Locale getLocale() {
        return locale;
    }

    public String getText(String key) {
        return get(key);
    }

    /** As Jira's: the parameters are an array, a list or a single value. */
    public String getText(String key, Object parameters) {
        if (parameters instanceof Object[] array) {
            return get(key, array);
        }
        if (parameters instanceof List<?> list) {
            return get(key, list.toArray());
        }
        return get(key, parameters);
    }

    @Override
    public String get(String key, Object... arguments) {
        for (ResourceBundle bundle : bundles) {
            try {
                String pattern = bundle.getString(key);
                return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
            } catch (MissingResourceException notInThisBundle) {
                // try the next bundle
            }
        }
        return key;
    }
}
