package io.paydesk.sandbox.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class LayerRulesTest {

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.paydesk");

    private static final String FIXTURE = "io.paydesk.sandbox.architecture.fixture";
    private static final JavaClasses VIOLATIONS = new ClassFileImporter().importPackages(FIXTURE);

    @Test
    void theCodeKeepsEveryLayerRule() {
        LayerRules.domainIsPlainJava("io.paydesk.core").check(PRODUCTION);
        LayerRules.jiraTypesStayInJiraAdapters("io.paydesk.app").check(PRODUCTION);
        LayerRules.activeObjectsStayInRepositories("io.paydesk.app").check(PRODUCTION);
        LayerRules.nothingBelowDependsOnTheHosts("io.paydesk.core..", "io.paydesk.app..").check(PRODUCTION);
        LayerRules.sandboxDoesNotFakeJira("io.paydesk.sandbox").check(PRODUCTION);
        LayerRules.noStaticMutableState("io.paydesk.core").check(PRODUCTION);
        LayerRules.noStaticMutableState("io.paydesk.app").check(PRODUCTION);
    }

    @Test
    void aDomainClassThatImportsActiveObjectsBreaksTheBuild() {
        assertThatThrownBy(() -> LayerRules.domainIsPlainJava(FIXTURE + ".core").check(VIOLATIONS))
                .isInstanceOf(AssertionError.class).hasMessageContaining("LeakyLedger").hasMessageContaining("net.java.ao");
    }

    @Test
    void aServiceThatReadsAJiraIssueOutsideTheAdapterBreaksTheBuild() {
        assertThatThrownBy(() -> LayerRules.jiraTypesStayInJiraAdapters(FIXTURE + ".app").check(VIOLATIONS))
                .isInstanceOf(AssertionError.class).hasMessageContaining("IssueReadingService");
    }

    @Test
    void aServiceThatHoldsAnEntityBreaksTheBuild() {
        assertThatThrownBy(() -> LayerRules.activeObjectsStayInRepositories(FIXTURE + ".app").check(VIOLATIONS))
                .isInstanceOf(AssertionError.class).hasMessageContaining("EntityHoldingService");
    }

    @Test
    void anAppClassThatReachesIntoTheSandboxBreaksTheBuild() {
        assertThatThrownBy(() -> LayerRules.nothingBelowDependsOnTheHosts(FIXTURE + ".app..").check(VIOLATIONS))
                .isInstanceOf(AssertionError.class).hasMessageContaining("io.paydesk.sandbox.Sandbox");
    }

    @Test
    void aStaticCacheBreaksTheBuild() {
        assertThatThrownBy(() -> LayerRules.noStaticMutableState(FIXTURE).check(VIOLATIONS))
                .isInstanceOf(AssertionError.class).hasMessageContaining("CACHE");
    }
}
