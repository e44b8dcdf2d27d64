package io.paydesk.check;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;

/**
 * (a) The descriptor exists and parses, Maven filtered it, its key is the manifest's plugin key and bundle
 * symbolic name, the manifest starts a Spring context, and {@code <plugin-info>} declares Data Center support.
 */
final class DescriptorCheck implements JarCheck {

    /** The {@code <plugin-info>} params Marketplace and Jira read as "this app is Data Center compatible". */
    private static final List<List<String>> DATA_CENTER_PARAMS = List.of(
            List.of("atlassian-data-center-status", "compatible"),
            List.of("atlassian-data-center-compatible", "true"));

    private static final Pattern UNFILTERED = Pattern.compile("\\$\\{[^}]*}");

    @Override
    public List<Problem> check(PluginJar jar) {
        List<Problem> problems = new ArrayList<>();
        checkManifest(jar, problems);
        if (!jar.contains(Descriptor.ENTRY)) {
            problems.add(new Problem(CheckId.DESCRIPTOR, Descriptor.ENTRY, "the jar has no atlassian-plugin.xml at its root"));
        } else if (jar.descriptorError().isPresent()) {
            problems.add(new Problem(CheckId.DESCRIPTOR, Descriptor.ENTRY,
                    "atlassian-plugin.xml does not parse: " + jar.descriptorError().get()));
        }
        jar.descriptor().ifPresent(descriptor -> {
            checkFiltered(jar, problems);
            checkKeys(jar, descriptor, problems);
            checkDataCenterParams(descriptor, problems);
        });
        return problems;
    }

    private static void checkManifest(PluginJar jar, List<Problem> problems) {
        if (!jar.hasManifest()) {
            problems.add(new Problem(CheckId.MANIFEST, PluginJar.MANIFEST, "the jar has no META-INF/MANIFEST.MF"));
            return;
        }
        for (String header : List.of("Atlassian-Plugin-Key", "Bundle-SymbolicName")) {
            if (jar.manifestValue(header).isEmpty()) {
                problems.add(new Problem(CheckId.MANIFEST, PluginJar.MANIFEST, "the manifest has no " + header + " header"));
            }
        }
        if (jar.manifestValue("Spring-Context").isEmpty()) {
            problems.add(new Problem(CheckId.MANIFEST, PluginJar.MANIFEST,
                    "the manifest has no Spring-Context header, so Jira would not start the app's Spring context"
                            + " and no Spring Scanner component would exist (expected Spring-Context: *)"));
        }
    }

    private static void checkFiltered(PluginJar jar, List<Problem> problems) {
        String text = new String(jar.bytes(Descriptor.ENTRY).orElseThrow(), StandardCharsets.UTF_8);
        Matcher placeholder = UNFILTERED.matcher(text);
        while (placeholder.find()) {
            long line = text.substring(0, placeholder.start()).chars().filter(c -> c == '\n').count() + 1;
            problems.add(new Problem(CheckId.DESCRIPTOR, Descriptor.ENTRY + ":" + line,
                    "atlassian-plugin.xml still contains the Maven placeholder " + placeholder.group()
                            + ": resource filtering did not run on it"));
        }
    }

    private static void checkKeys(PluginJar jar, Descriptor descriptor, List<Problem> problems) {
        String key = descriptor.pluginKey();
        if (key.isBlank()) {
            problems.add(new Problem(CheckId.DESCRIPTOR, Descriptor.ENTRY, "<atlassian-plugin> has no key attribute"));
            return;
        }
        checkSameKey(jar.manifestValue("Atlassian-Plugin-Key"), "Atlassian-Plugin-Key", key, problems);
        checkSameKey(jar.manifestValue("Bundle-SymbolicName").map(v -> v.split(";")[0].trim()),
                "Bundle-SymbolicName", key, problems);
    }

    private static void checkSameKey(Optional<String> manifestValue, String header, String key, List<Problem> problems) {
        manifestValue.filter(value -> !value.equals(key)).ifPresent(value -> problems.add(new Problem(
                CheckId.MANIFEST, PluginJar.MANIFEST,
                "the manifest's " + header + " is \"" + value + "\" but atlassian-plugin.xml's key is \"" + key + "\"")));
    }

    private static void checkDataCenterParams(Descriptor descriptor, List<Problem> problems) {
        Optional<Element> info = descriptor.pluginInfo();
        if (info.isEmpty()) {
            problems.add(new Problem(CheckId.DESCRIPTOR, Descriptor.ENTRY, "atlassian-plugin.xml has no <plugin-info>"));
            return;
        }
        for (List<String> param : DATA_CENTER_PARAMS) {
            String name = param.get(0);
            String expected = param.get(1);
            Optional<String> value = XmlDocuments.children(info.get(), "param").stream()
                    .filter(p -> name.equals(p.getAttribute("name"))).map(p -> p.getTextContent().trim()).findFirst();
            if (value.isEmpty()) {
                problems.add(new Problem(CheckId.DESCRIPTOR, Descriptor.ENTRY + " <plugin-info>",
                        "<plugin-info> lacks <param name=\"" + name + "\">" + expected + "</param>"
                                + ": without it Jira Data Center treats the app as not Data Center compatible"));
            } else if (!value.get().equals(expected)) {
                problems.add(new Problem(CheckId.DESCRIPTOR, Descriptor.ENTRY + " <plugin-info>",
                        "<param name=\"" + name + "\"> is \"" + value.get() + "\" but must be \"" + expected + "\""));
            }
        }
    }
}
