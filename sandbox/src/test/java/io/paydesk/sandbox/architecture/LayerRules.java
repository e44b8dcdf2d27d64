package io.paydesk.sandbox.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;

/**
 * The layer rules of the design, each for a root package so the same rule can be shown to fail on a
 * fixture: core is pure Java; the app reaches Jira only in {@code jira} adapter packages and Active
 * Objects only in {@code ao} packages; nothing below the sandbox depends on it; the sandbox never
 * touches Jira's issue model; no static mutable state.
 */
final class LayerRules {

    private LayerRules() {
    }

    static ArchRule domainIsPlainJava(String core) {
        return classes().that().resideInAPackage(core + "..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", core + "..")
                .because("the domain carries no Atlassian, Active Objects, jakarta, Velocity or Jackson type");
    }

    static ArchRule jiraTypesStayInJiraAdapters(String app) {
        return noClasses().that().resideInAPackage(app + "..").and().resideOutsideOfPackage("..jira..")
                .should().dependOnClassesThat().resideInAnyPackage("com.atlassian.jira..", "com.atlassian.servicedesk..",
                        "com.atlassian.plugin.web..")
                .because("a Jira issue becomes a domain snapshot at the adapter; Jira types never leave it");
    }

    static ArchRule activeObjectsStayInRepositories(String app) {
        return noClasses().that().resideInAPackage(app + "..").and().resideOutsideOfPackage("..ao..")
                .should().dependOnClassesThat().resideInAnyPackage("net.java.ao..", "com.atlassian.activeobjects..")
                .because("entities never travel up into services or templates");
    }

    static ArchRule nothingBelowDependsOnTheHosts(String... layers) {
        return noClasses().that().resideInAnyPackage(layers)
                .should().dependOnClassesThat().resideInAnyPackage("io.paydesk.sandbox..", "io.paydesk.host..")
                .because("dependencies point down: sandbox → app → core");
    }

    static ArchRule sandboxDoesNotFakeJira(String sandbox) {
        return noClasses().that().resideInAPackage(sandbox + "..")
                .should().dependOnClassesThat().resideInAnyPackage("com.atlassian.jira..", "com.atlassian.servicedesk..")
                .because("the sandbox plugs in below the Jira adapters and never imitates Jira's issue model");
    }

    static ArchRule noStaticMutableState(String root) {
        return fields().that().areDeclaredInClassesThat().resideInAPackage(root + "..").and().areStatic()
                .should().beFinal()
                .because("Data Center nodes share nothing in memory: state lives in the database or the host's caches");
    }
}
