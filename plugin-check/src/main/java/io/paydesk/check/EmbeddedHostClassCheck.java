package io.paydesk.check;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * (g) Nothing the host provides is embedded, neither directly nor inside an embedded jar: Atlassian's classes,
 * Spring Scanner's runtime, Active Objects, Spring. A copy inside the app clashes with the host's at run time.
 */
final class EmbeddedHostClassCheck implements JarCheck {

    /** Entry prefix → what it is. More specific prefixes first. */
    static final List<Map.Entry<String, String>> HOST_PROVIDED = List.of(
            Map.entry("com/atlassian/plugin/spring/scanner/", "Atlassian Spring Scanner, which Jira provides"),
            Map.entry("com/atlassian/", "Atlassian's classes, which Jira provides"),
            Map.entry("net/java/ao/", "Active Objects, which Jira provides"),
            Map.entry("org/springframework/", "Spring, which Jira provides"));

    @Override
    public List<Problem> check(PluginJar jar) {
        Map<String, List<String>> embedded = new LinkedHashMap<>();
        for (String entry : jar.entryNames()) {
            classify(entry, entry, embedded);
            if (entry.endsWith(".jar")) {
                nestedEntries(jar.bytes(entry).orElseThrow())
                        .forEach(nested -> classify(nested, entry + "!/" + nested, embedded));
            }
        }
        List<Problem> problems = new ArrayList<>();
        embedded.forEach((prefix, entries) -> problems.add(new Problem(CheckId.EMBEDDED_HOST_CLASS, entries.get(0),
                "the jar embeds " + entries.size() + (entries.size() == 1 ? " entry" : " entries") + " under " + prefix
                        + " (" + entries.get(0) + (entries.size() > 1 ? ", ..." : "") + "): that is "
                        + describe(prefix) + "; an embedded copy clashes with the host's")));
        return problems;
    }

    private static void classify(String name, String shownAs, Map<String, List<String>> embedded) {
        HOST_PROVIDED.stream().map(Map.Entry::getKey).filter(name::startsWith).findFirst()
                .ifPresent(prefix -> embedded.computeIfAbsent(prefix, k -> new ArrayList<>()).add(shownAs));
    }

    private static String describe(String prefix) {
        return HOST_PROVIDED.stream().filter(e -> e.getKey().equals(prefix)).map(Map.Entry::getValue)
                .findFirst().orElseThrow();
    }

    private static List<String> nestedEntries(byte[] jar) {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(jar))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (!entry.isDirectory()) {
                    names.add(entry.getName());
                }
            }
        } catch (IOException e) {
            // not a readable jar: nothing embedded that we can see
        }
        return names;
    }
}
