package io.paydesk.check;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import org.w3c.dom.Element;

/** Finds the descriptor's i18n resources and reads their bundles in every language the app ships. */
final class I18nBundles {

    /** The languages every text must exist in; "en" is the base file without a suffix. */
    static final List<String> LANGUAGES = List.of("en", "ru", "uz", "uk", "pl");
    static final String ENGLISH = "en";

    private I18nBundles() {
    }

    /** The {@code location}s of the descriptor's top-level {@code <resource type="i18n">}, as jar paths. */
    static List<String> baseNames(Descriptor descriptor) {
        List<String> baseNames = new ArrayList<>();
        for (Element resource : descriptor.modules("resource")) {
            if ("i18n".equals(resource.getAttribute("type"))) {
                baseNames.add(baseName(resource.getAttribute("location")));
            }
        }
        return baseNames;
    }

    /** {@code io.paydesk.i18n.texts} or {@code /io/paydesk/i18n/texts.properties} → {@code io/paydesk/i18n/texts}. */
    static String baseName(String location) {
        String path = location.trim().replaceFirst("^/+", "").replaceFirst("\\.properties$", "");
        return path.contains("/") ? path : path.replace('.', '/');
    }

    static String entry(String baseName, String language) {
        return ENGLISH.equals(language) ? baseName + ".properties" : baseName + "_" + language + ".properties";
    }

    /**
     * Reads every bundle that exists; a bundle that is not valid UTF-8 is reported and left out.
     *
     * @return per i18n resource, its bundles by language
     */
    static List<I18nFamily> load(PluginJar jar, List<Problem> problems) {
        List<I18nFamily> families = new ArrayList<>();
        jar.descriptor().ifPresent(descriptor -> {
            for (String baseName : baseNames(descriptor)) {
                Map<String, I18nBundle> bundles = new LinkedHashMap<>();
                for (String language : LANGUAGES) {
                    String entry = entry(baseName, language);
                    jar.bytes(entry).ifPresent(bytes -> read(language, entry, bytes, problems)
                            .ifPresent(bundle -> bundles.put(language, bundle)));
                }
                families.add(new I18nFamily(baseName, bundles));
            }
        });
        return families;
    }

    private static Optional<I18nBundle> read(String language, String entry, byte[] bytes,
                                                       List<Problem> problems) {
        try {
            Properties properties = new Properties();
            properties.load(new StringReader(Utf8.decode(bytes)));
            Map<String, String> values = new TreeMap<>();
            properties.stringPropertyNames().forEach(key -> values.put(key, properties.getProperty(key)));
            return Optional.of(new I18nBundle(language, entry, values));
        } catch (CharacterCodingException e) {
            problems.add(new Problem(CheckId.I18N_ENCODING, entry, "the " + language + " bundle " + entry
                    + " is not valid UTF-8 (" + e.getMessage() + ")"));
        } catch (IOException | IllegalArgumentException e) {
            problems.add(new Problem(CheckId.I18N_ENCODING, entry, "the " + language + " bundle " + entry
                    + " cannot be read as a properties file: " + e.getMessage()));
        }
        return Optional.empty();
    }
}
