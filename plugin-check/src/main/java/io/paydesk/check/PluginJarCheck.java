package io.paydesk.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a built app jar the way Jira would load it, without Jira: the descriptor and manifest, the classes
 * modules name, resources, i18n in every language, the Spring Scanner index, Import-Package, embedded host
 * classes and the Velocity allowlist. The jar's classes are loaded over the host API only (the check's own class
 * path, filtered to the packages Jira provides), so they can never come from anywhere but the jar.
 */
public final class PluginJarCheck {

    private final List<JarCheck> checks = List.of(
            new DescriptorCheck(),
            new SpringContextCheck(),
            new ModuleTypeCheck(),
            new ModuleClassCheck(),
            new RestModuleCheck(),
            new ServletFilterModuleCheck(),
            new AoModuleCheck(),
            new ResourceCheck(),
            new I18nCheck(),
            new ScannerIndexCheck(),
            new ClassFileCheck(),
            new ImportPackageCheck(),
            new EmbeddedHostClassCheck(),
            new VelocityCheck());

    /** Everything wrong with the jar; empty when Jira would find nothing wrong. */
    public List<Problem> check(Path jar) {
        if (!Files.isRegularFile(jar)) {
            return List.of(new Problem(CheckId.JAR, jar.toString(), "there is no file " + jar + " (build the app first)"));
        }
        PluginJar plugin;
        try {
            plugin = PluginJar.open(jar);
        } catch (IOException e) {
            return List.of(new Problem(CheckId.JAR, jar.toString(), jar + " cannot be read as a jar: " + e.getMessage()));
        }
        List<Problem> problems = new ArrayList<>();
        for (JarCheck check : checks) {
            problems.addAll(check.check(plugin));
        }
        return List.copyOf(problems);
    }
}
