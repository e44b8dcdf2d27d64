package io.paydesk.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * (f) {@code Import-Package}: no duplicates, no {@code java.*}, no unresolved wildcards, no upper-bounded version
 * range on Atlassian packages, and every Atlassian or Active Objects package a class in the jar uses is imported.
 */
final class ImportPackageCheck implements JarCheck {

    private static final String WHERE = PluginJar.MANIFEST + " Import-Package";
    private static final int MAX_CLASSES_LISTED = 3;

    @Override
    public List<Problem> check(PluginJar jar) {
        List<Problem> problems = new ArrayList<>();
        if (jar.hasManifest() && jar.manifestValue("Import-Package").isEmpty()) {
            problems.add(new Problem(CheckId.IMPORT_PACKAGE, WHERE, "the manifest has no Import-Package header"));
        }
        checkEntries(jar.imports(), problems);
        checkUsedPackagesAreImported(jar, problems);
        return problems;
    }

    private static void checkEntries(List<ImportedPackage> imports, List<Problem> problems) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        imports.forEach(imported -> counts.merge(imported.name(), 1, Integer::sum));
        counts.forEach((name, count) -> {
            if (count > 1) {
                problems.add(new Problem(CheckId.IMPORT_PACKAGE, WHERE, "package " + name + " is imported " + count
                        + " times; OSGi refuses to resolve a bundle that imports a package twice"));
            }
            if (name.equals("java") || name.startsWith("java.")) {
                problems.add(new Problem(CheckId.IMPORT_PACKAGE, WHERE, "package " + name
                        + " is imported, but java.* packages come from the JVM and must not be imported"));
            }
            if (name.contains("*")) {
                problems.add(new Problem(CheckId.IMPORT_PACKAGE, WHERE, "\"" + name
                        + "\" is a wildcard; a built manifest names each package"));
            }
        });
        for (ImportedPackage imported : imports) {
            if (JavaNames.isAtlassianPackage(imported.name()) && imported.hasUpperBoundedVersion()) {
                problems.add(new Problem(CheckId.IMPORT_PACKAGE, WHERE, "package " + imported.name()
                        + " is imported with version range " + imported.version().orElseThrow()
                        + ", whose upper bound stops the app resolving on the next Jira platform version"));
            }
        }
    }

    private static void checkUsedPackagesAreImported(PluginJar jar, List<Problem> problems) {
        Set<String> imported = jar.importedPackageNames();
        Set<String> own = jar.packagesInJar();
        Map<String, SortedSet<String>> missing = new TreeMap<>();
        jar.classFiles().values().forEach(classFile -> classFile.referencedPackages().stream()
                .filter(JavaNames::isAtlassianPackage)
                .filter(p -> !own.contains(p) && !imported.contains(p))
                .forEach(p -> missing.computeIfAbsent(p, k -> new TreeSet<>()).add(classFile.name())));
        missing.forEach((packageName, users) -> problems.add(new Problem(CheckId.IMPORT_PACKAGE, WHERE,
                "package " + packageName + " is used by " + list(users) + " but is not in Import-Package,"
                        + " so Jira would fail to load " + (users.size() == 1 ? "that class" : "those classes"))));
    }

    private static String list(SortedSet<String> classes) {
        List<String> names = new ArrayList<>(classes);
        return names.size() <= MAX_CLASSES_LISTED ? String.join(", ", names)
                : String.join(", ", names.subList(0, MAX_CLASSES_LISTED)) + " and "
                + (names.size() - MAX_CLASSES_LISTED) + " more";
    }
}
