package io.paydesk.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses an OSGi {@code Import-Package} header: clauses separated by commas, each one or more packages
 * followed by {@code ;attribute=value} and {@code ;directive:=value} parameters. Quoted values may contain
 * commas and semicolons ({@code version="[1.0,2.0)"}).
 */
final class ImportPackageHeader {

    private ImportPackageHeader() {
    }

    static List<ImportedPackage> parse(String header) {
        List<ImportedPackage> packages = new ArrayList<>();
        if (header == null) {
            return packages;
        }
        for (String clause : splitOutsideQuotes(header, ',')) {
            if (clause.isBlank()) {
                continue;
            }
            List<String> names = new ArrayList<>();
            Map<String, String> attributes = new HashMap<>();
            Map<String, String> directives = new HashMap<>();
            for (String part : splitOutsideQuotes(clause, ';')) {
                String trimmed = part.trim();
                int directive = trimmed.indexOf(":=");
                int attribute = trimmed.indexOf('=');
                if (directive > 0 && directive < attribute) {
                    directives.put(trimmed.substring(0, directive).trim(), unquote(trimmed.substring(directive + 2)));
                } else if (attribute > 0) {
                    attributes.put(trimmed.substring(0, attribute).trim(), unquote(trimmed.substring(attribute + 1)));
                } else if (!trimmed.isEmpty()) {
                    names.add(trimmed);
                }
            }
            names.forEach(name -> packages.add(new ImportedPackage(name, attributes, directives)));
        }
        return packages;
    }

    private static List<String> splitOutsideQuotes(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : text.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == separator && !quoted) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }

    private static String unquote(String value) {
        String trimmed = value.trim();
        return trimmed.length() >= 2 && trimmed.startsWith("\"") && trimmed.endsWith("\"")
                ? trimmed.substring(1, trimmed.length() - 1) : trimmed;
    }
}
