package io.paydesk.build.scanner;

import java.util.Locale;

/**
 * The index files of {@code META-INF/plugin-components/} that the Spring Scanner runtime reads.
 * A product-specific variant is the same stem with {@code -<product>} appended, e.g. {@code imports-jira}.
 */
enum IndexFile {
    COMPONENT("component"),
    IMPORTS("imports"),
    EXPORTS("exports");

    static final String DIRECTORY = "META-INF/plugin-components/";

    private final String stem;

    IndexFile(String stem) {
        this.stem = stem;
    }

    String path(String product) {
        return DIRECTORY + (product == null ? stem : stem + "-" + product.toLowerCase(Locale.ROOT));
    }
}
