package io.paydesk.check;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/**
 * (c) Every {@code <resource>} the descriptor names (templates, web-resource files, anything with a location) is in
 * the jar, and each i18n resource has its bundle in every language.
 */
final class ResourceCheck implements JarCheck {

    @Override
    public List<Problem> check(PluginJar jar) {
        List<Problem> problems = new ArrayList<>();
        jar.descriptor().ifPresent(descriptor -> {
            for (Element resource : descriptor.elements("resource")) {
                if ("i18n".equals(resource.getAttribute("type"))) {
                    checkI18n(jar, resource, problems);
                } else {
                    checkFile(jar, resource, problems);
                }
            }
            if (I18nBundles.baseNames(descriptor).isEmpty()) {
                problems.add(new Problem(CheckId.RESOURCE, Descriptor.ENTRY,
                        "atlassian-plugin.xml declares no <resource type=\"i18n\">, so none of the app's texts load"));
            }
        });
        return problems;
    }

    private static void checkFile(PluginJar jar, Element resource, List<Problem> problems) {
        String location = resource.getAttribute("location").trim().replaceFirst("^/+", "");
        String what = describe(resource);
        if (location.isEmpty()) {
            problems.add(new Problem(CheckId.RESOURCE, Descriptor.locate(resource), what + " has no location"));
        } else if (location.endsWith("/")
                ? jar.entryNames().stream().noneMatch(entry -> entry.startsWith(location))
                : !jar.contains(location)) {
            problems.add(new Problem(CheckId.RESOURCE, Descriptor.locate(resource),
                    location + " (" + what + ") is not in the jar"));
        }
    }

    private static void checkI18n(PluginJar jar, Element resource, List<Problem> problems) {
        String baseName = I18nBundles.baseName(resource.getAttribute("location"));
        for (String language : I18nBundles.LANGUAGES) {
            String entry = I18nBundles.entry(baseName, language);
            if (!jar.contains(entry)) {
                problems.add(new Problem(CheckId.RESOURCE, Descriptor.locate(resource),
                        "the " + language + " bundle " + entry + " of " + describe(resource) + " is not in the jar"));
            }
        }
    }

    private static String describe(Element resource) {
        return "<resource type=\"" + resource.getAttribute("type") + "\" name=\"" + resource.getAttribute("name")
                + "\" location=\"" + resource.getAttribute("location") + "\">";
    }
}
