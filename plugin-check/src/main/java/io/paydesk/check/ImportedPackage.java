package io.paydesk.check;

import java.util.Map;
import java.util.Optional;

/**
 * One package of an OSGi {@code Import-Package} header.
 *
 * @param name       the package name
 * @param attributes {@code name=value} pairs (such as {@code version}), values unquoted
 * @param directives {@code name:=value} pairs (such as {@code resolution}), values unquoted
 */
record ImportedPackage(String name, Map<String, String> attributes, Map<String, String> directives) {

    ImportedPackage {
        attributes = Map.copyOf(attributes);
        directives = Map.copyOf(directives);
    }

    Optional<String> version() {
        return Optional.ofNullable(attributes.get("version"));
    }

    /** True for a range such as {@code [1.0,2.0)}: it stops resolving on the host's next major version. */
    boolean hasUpperBoundedVersion() {
        return version().map(v -> v.trim().matches("[\\[(].*,.*[\\])]")).orElse(false);
    }
}
