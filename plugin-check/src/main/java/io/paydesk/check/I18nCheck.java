package io.paydesk.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * (d) Every i18n key the app uses exists with a non-blank text in every language; all languages have the same
 * keys; no language is an untranslated copy of English; every bundle is valid UTF-8.
 */
final class I18nCheck implements JarCheck {

    /** A language where more than this share of the texts equal the English ones is an untranslated copy. */
    static final double MAX_SHARE_EQUAL_TO_ENGLISH = 0.20;

    private static final int MAX_PLACES_LISTED = 3;

    @Override
    public List<Problem> check(PluginJar jar) {
        List<Problem> problems = new ArrayList<>();
        List<I18nFamily> families = I18nBundles.load(jar, problems);
        Map<String, List<String>> uses = I18nKeyReferences.collect(jar);
        for (I18nFamily family : families) {
            family.bundles().values().forEach(bundle -> checkBlankValues(bundle, problems));
            family.bundle(I18nBundles.ENGLISH).ifPresent(english -> {
                for (String language : I18nBundles.LANGUAGES.subList(1, I18nBundles.LANGUAGES.size())) {
                    family.bundle(language).ifPresent(bundle -> {
                        checkSameKeys(english, bundle, uses, problems);
                        checkTranslated(english, bundle, problems);
                    });
                }
            });
        }
        if (families.stream().anyMatch(family -> family.bundle(I18nBundles.ENGLISH).isPresent())) {
            uses.forEach((key, places) -> checkUsedKey(key, places, families, problems));
        }
        return problems;
    }

    private static void checkBlankValues(I18nBundle bundle, List<Problem> problems) {
        bundle.values().forEach((key, value) -> {
            if (value.isBlank()) {
                problems.add(new Problem(CheckId.I18N_BLANK_VALUE, bundle.entry(),
                        "key " + key + " has a blank text in the " + bundle.language() + " bundle " + bundle.entry()));
            }
        });
    }

    private static void checkSameKeys(I18nBundle english, I18nBundle bundle, Map<String, List<String>> uses,
                                      List<Problem> problems) {
        for (String key : new TreeSet<>(english.values().keySet())) {
            if (!bundle.values().containsKey(key)) {
                problems.add(new Problem(CheckId.I18N_KEY_SET, bundle.entry(), "key " + key + " is in the English bundle "
                        + english.entry() + " but missing from the " + bundle.language() + " bundle " + bundle.entry()
                        + (uses.containsKey(key) ? " (used by " + places(uses.get(key)) + ")" : "")));
            }
        }
        for (String key : new TreeSet<>(bundle.values().keySet())) {
            if (!english.values().containsKey(key)) {
                problems.add(new Problem(CheckId.I18N_KEY_SET, bundle.entry(), "key " + key + " is in the "
                        + bundle.language() + " bundle " + bundle.entry() + " but not in the English bundle "
                        + english.entry()));
            }
        }
    }

    private static void checkTranslated(I18nBundle english, I18nBundle bundle, List<Problem> problems) {
        int compared = 0;
        int same = 0;
        for (Map.Entry<String, String> text : bundle.values().entrySet()) {
            String englishText = english.values().get(text.getKey());
            if (englishText != null && !englishText.isBlank()) {
                compared++;
                same += englishText.equals(text.getValue()) ? 1 : 0;
            }
        }
        if (compared > 0 && same > compared * MAX_SHARE_EQUAL_TO_ENGLISH) {
            problems.add(new Problem(CheckId.I18N_UNTRANSLATED, bundle.entry(), "the " + bundle.language()
                    + " bundle " + bundle.entry() + " looks like an untranslated copy: " + same + " of " + compared
                    + " texts equal the English ones in " + english.entry() + " (at most "
                    + Math.round(MAX_SHARE_EQUAL_TO_ENGLISH * 100) + "% may)"));
        }
    }

    /** A used key missing from English; a key English has but another language lacks is a key-set problem. */
    private static void checkUsedKey(String key, List<String> places, List<I18nFamily> families,
                                     List<Problem> problems) {
        Set<String> lacking = new TreeSet<>();
        for (String language : I18nBundles.LANGUAGES) {
            if (families.stream().noneMatch(family -> family.bundle(language)
                    .map(bundle -> bundle.values().containsKey(key)).orElse(false))) {
                lacking.add(language);
            }
        }
        if (lacking.contains(I18nBundles.ENGLISH)) {
            List<String> languages = I18nBundles.LANGUAGES.stream().filter(lacking::contains).toList();
            problems.add(new Problem(CheckId.I18N_MISSING_KEY, places.get(0), "key " + key + " used by "
                    + places(places) + " is missing from the " + String.join(", ", languages) + " bundle"
                    + (languages.size() > 1 ? "s" : "") + " (" + families.get(0).baseName() + "*.properties)"));
        }
    }

    private static String places(List<String> places) {
        return places.size() <= MAX_PLACES_LISTED ? String.join(", ", places)
                : String.join(", ", places.subList(0, MAX_PLACES_LISTED)) + " and "
                + (places.size() - MAX_PLACES_LISTED) + " more";
    }
}
