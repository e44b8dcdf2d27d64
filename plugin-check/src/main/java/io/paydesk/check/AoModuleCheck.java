package io.paydesk.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * The {@code <ao>} module lists the app's Active Objects entities once each, under one description, and lists all
 * of them: an entity interface in the jar that no module names gets no table, so the first query on it fails in
 * production and nowhere sooner. Module reference:
 * https://developer.atlassian.com/server/framework/atlassian-sdk/active-objects-plugin-module/.
 * Whether each listed class is in the jar and is an entity interface is {@link ModuleClassCheck}'s.
 */
final class AoModuleCheck implements JarCheck {

    static final String RAW_ENTITY = "net.java.ao.RawEntity";

    @Override
    public List<Problem> check(PluginJar jar) {
        List<Problem> problems = new ArrayList<>();
        jar.descriptor().ifPresent(descriptor -> {
            Set<String> listed = new LinkedHashSet<>();
            for (Element ao : descriptor.modules("ao")) {
                List<Element> descriptions = XmlDocuments.children(ao, "description");
                if (descriptions.size() > 1) {
                    problems.add(new Problem(CheckId.AO_MODULE, Descriptor.locate(ao), "has " + descriptions.size()
                            + " <description> elements; the module takes one"));
                }
                for (Element entity : XmlDocuments.children(ao, "entity")) {
                    String name = entity.getTextContent().trim();
                    if (!listed.add(name)) {
                        problems.add(new Problem(CheckId.AO_MODULE, Descriptor.locate(entity),
                                name + " is listed more than once"));
                    }
                }
            }
            jar.classes().host(RAW_ENTITY).ifPresent(rawEntity -> unlisted(jar, rawEntity, listed).forEach(name ->
                    problems.add(new Problem(CheckId.AO_MODULE, name, "is an Active Objects entity in the jar that no"
                            + " <ao> module lists, so Active Objects would create no table for it"))));
        });
        return problems;
    }

    /** The entity interfaces of the jar that no module lists, in jar order. */
    private static List<String> unlisted(PluginJar jar, Class<?> rawEntity, Set<String> listed) {
        List<String> found = new ArrayList<>();
        for (String entry : jar.entryNames()) {
            if (!entry.endsWith(".class") || entry.startsWith("META-INF/")) {
                continue;
            }
            String name = entry.substring(0, entry.length() - ".class".length()).replace('/', '.');
            load(jar, name).filter(type -> type.isInterface() && rawEntity.isAssignableFrom(type))
                    .filter(type -> !listed.contains(name)).ifPresent(type -> found.add(name));
        }
        return found;
    }

    private static Optional<Class<?>> load(PluginJar jar, String name) {
        try {
            return Optional.of(jar.classes().load(name));
        } catch (ClassNotFoundException | LinkageError unloadable) {
            return Optional.empty();
        }
    }
}
