package io.paydesk.core.request.types;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class RequestTypesArchitectureTest {

    private static final JavaClasses TYPES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.paydesk.core.request.types");

    @Test
    void theRequestTypesArePlainJavaAndKeepNoStaticMutableState() {
        classes().should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.paydesk.core..").check(TYPES);
        fields().that().areStatic().should().beFinal().check(TYPES);
    }
}
