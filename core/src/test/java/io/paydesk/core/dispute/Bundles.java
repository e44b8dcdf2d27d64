package io.paydesk.core.dispute;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

/** The five language files of the dispute bundle, each read on its own (no parent, no fallback). */
final class Bundles {

    static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.of("ru"), Locale.of("uz"), Locale.of("uk"),
            Locale.of("pl"));

    private Bundles() {
    }

    static ResourceBundle of(Locale locale) {
        String path = "/" + DisputeMessageKeys.BUNDLE.replace('.', '/')
                + (locale.equals(Locale.ENGLISH) ? "" : "_" + locale.getLanguage()) + ".properties";
        try (InputStream in = Bundles.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new AssertionError("missing " + path);
            }
            return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of {@code key} in that language's own file, or null. */
    static String text(Locale locale, String key) {
        ResourceBundle bundle = of(locale);
        return bundle.containsKey(key) ? bundle.getString(key) : null;
    }
}
