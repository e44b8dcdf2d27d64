package io.paydesk.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnImportPackageHeaderTest {

    @Test
    void splitsPackagesOnCommasOutsideQuotes() {
        List<ImportedPackage> imports = ImportPackageHeader.parse(
                "com.atlassian.jira.issue;version=\"0.0.0\",jakarta.inject;version=\"[2.0,3)\","
                        + "org.springframework.osgi.context;resolution:=\"optional\"");

        assertThat(imports).extracting(ImportedPackage::name)
                .containsExactly("com.atlassian.jira.issue", "jakarta.inject", "org.springframework.osgi.context");
        assertThat(imports.get(1).version()).hasValue("[2.0,3)");
        assertThat(imports.get(2).directives()).containsEntry("resolution", "optional");
    }

    @Test
    void givesEveryPackageOfAClauseTheClausesParameters() {
        List<ImportedPackage> imports = ImportPackageHeader.parse("a.b;c.d;version=\"1.0\"");

        assertThat(imports).extracting(ImportedPackage::name).containsExactly("a.b", "c.d");
        assertThat(imports).allMatch(imported -> imported.version().orElseThrow().equals("1.0"));
    }

    @Test
    void tellsARangeWithAnUpperBoundFromAMinimumVersion() {
        assertThat(ImportPackageHeader.parse("a;version=\"[8.0,9)\"").get(0).hasUpperBoundedVersion()).isTrue();
        assertThat(ImportPackageHeader.parse("a;version=\"0.0.0\"").get(0).hasUpperBoundedVersion()).isFalse();
        assertThat(ImportPackageHeader.parse("a").get(0).hasUpperBoundedVersion()).isFalse();
    }
}
