package io.paydesk.check;

import java.util.List;
import java.util.Set;

/**
 * Which classes the host (Jira) provides to the app besides the JDK: Atlassian's API, Active Objects, OSWorkflow,
 * the Jakarta APIs and SLF4J, plus whatever else the manifest imports. A package the jar itself contains is
 * never taken from the host, so the app's own classes can only come from the jar.
 */
final class HostApi {

    /** Class-name prefixes of the API Jira always exports to apps. */
    static final List<String> HOST_PREFIXES = List.of(
            "com.atlassian.", "net.java.ao.", "com.opensymphony.", "jakarta.", "org.slf4j.");

    private final Set<String> importedPackages;
    private final Set<String> jarPackages;

    HostApi(Set<String> importedPackages, Set<String> jarPackages) {
        this.importedPackages = Set.copyOf(importedPackages);
        this.jarPackages = Set.copyOf(jarPackages);
    }

    boolean provides(String className) {
        String packageName = JavaNames.packageOf(className);
        if (jarPackages.contains(packageName)) {
            return false;
        }
        return importedPackages.contains(packageName)
                || HOST_PREFIXES.stream().anyMatch(className::startsWith);
    }
}
