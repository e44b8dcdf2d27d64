package io.paydesk.core.dispute;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class DisputeArchitectureTest {

    private static final JavaClasses DISPUTE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.paydesk.core.dispute");

    @Test
    void theDisputeDomainIsPlainJavaAndKeepsNoStaticMutableState() {
        classes().should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.paydesk.core..")
                .check(DISPUTE);
        fields().that().areStatic().should().beFinal().check(DISPUTE);
    }

    @Test
    void theDisputeDomainDoesNotDependOnTheBusinessCalendarPackage() {
        classes().should().onlyDependOnClassesThat().resideOutsideOfPackage("io.paydesk.core.calendar..")
                .check(DISPUTE);
    }
}
