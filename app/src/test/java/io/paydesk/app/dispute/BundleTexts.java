package io.paydesk.app.dispute;

import io.paydesk.app.platform.Texts;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The app's two bundles (its own and the dispute domain's), read as Jira's I18nHelper reads them. */
public final class BundleTexts {

    private BundleTexts() {
    }

    public static Texts in(Locale locale) {
        List<ResourceBundle> bundles = List.of(
                ResourceBundle.getBundle("io.paydesk.app.i18n.paydesk", locale),
                ResourceBundle.getBundle("io.paydesk.core.dispute.i18n.dispute", locale));
        return (key, args) -> {
            for (ResourceBundle bundle : bundles) {
                try {
                    return new MessageFormat(bundle.getString(key), locale).format(args);
                } catch (MissingResourceException next) {
                    // the other bundle
                }
            }
            return key;
        };
    }
}
