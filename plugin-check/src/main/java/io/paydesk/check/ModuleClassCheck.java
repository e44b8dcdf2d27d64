package io.paydesk.check;

import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * (b) Every class the descriptor names (see {@link ModuleClassRules}) is in the jar, or is a host class in an
 * imported package, and has the type its module needs.
 */
final class ModuleClassCheck implements JarCheck {

    @Override
    public List<Problem> check(PluginJar jar) {
        List<Problem> problems = new ArrayList<>();
        jar.descriptor().ifPresent(descriptor -> {
            Set<Map.Entry<Element, String>> claimed = new HashSet<>();
            for (ModuleClassRule rule : ModuleClassRules.TABLE) {
                for (Element element : descriptor.elements(rule.element())) {
                    if (rule.matches(element) && claimed.add(Map.entry(element, Objects.toString(rule.attribute(), "#text")))) {
                        checkNamedClass(jar, rule, element, problems);
                    }
                }
            }
        });
        return problems;
    }

    private static void checkNamedClass(PluginJar jar, ModuleClassRule rule, Element element, List<Problem> problems) {
        String where = Descriptor.locate(element);
        String name = rule.className(element);
        if (name.isEmpty()) {
            problems.add(new Problem(CheckId.MODULE_CLASS, where, rule.describe() + " is empty"));
        } else if (!JavaNames.isQualifiedName(name)) {
            problems.add(new Problem(CheckId.MODULE_CLASS, where,
                    rule.describe() + " \"" + name + "\" is not a Java class name"));
        } else {
            load(jar, rule, name, where, problems).ifPresent(type -> checkType(jar, rule, type, where, problems));
        }
    }

    private static Optional<Class<?>> load(PluginJar jar, ModuleClassRule rule, String name, String where,
                                           List<Problem> problems) {
        JarClasses classes = jar.classes();
        if (classes.inJar(name)) {
            try {
                return Optional.of(classes.load(name));
            } catch (ClassNotFoundException | LinkageError e) {
                problems.add(new Problem(CheckId.MODULE_CLASS, where, "class " + name + " named by " + rule.describe()
                        + " is in the jar but cannot be loaded: " + JarClasses.whyNotLoadable(e)));
                return Optional.empty();
            }
        }
        String packageName = JavaNames.packageOf(name);
        if (jar.packagesInJar().contains(packageName)) {
            problems.add(new Problem(CheckId.MODULE_CLASS, where, "class " + name + " named by " + rule.describe()
                    + " is not in the jar (there is no " + JavaNames.entryOfClass(name) + ")"));
            return Optional.empty();
        }
        if (!jar.importedPackageNames().contains(packageName)) {
            problems.add(new Problem(CheckId.MODULE_CLASS, where, "class " + name + " named by " + rule.describe()
                    + " is not in the jar, and its package " + packageName + " is not in Import-Package either"));
            return Optional.empty();
        }
        Optional<Class<?>> host = classes.host(name);
        if (host.isEmpty()) {
            problems.add(new Problem(CheckId.MODULE_CLASS, where, "class " + name + " named by " + rule.describe()
                    + " is not in the jar; its package is imported, but the host API has no such class,"
                    + " so its type cannot be verified (declare it in provided-api if Jira has it)"));
        }
        return host;
    }

    private static void checkType(PluginJar jar, ModuleClassRule rule, Class<?> type, String where,
                                  List<Problem> problems) {
        List<Class<?>> required = new ArrayList<>();
        for (String requiredType : rule.requiredTypes()) {
            jar.classes().host(requiredType).ifPresentOrElse(required::add, () -> problems.add(new Problem(
                    CheckId.MODULE_CLASS, where, rule.describe() + " must name a " + requiredType
                            + ", but the host API has no " + requiredType + " (declare it in provided-api)")));
        }
        if (required.size() == rule.requiredTypes().size()
                && required.stream().noneMatch(supertype -> supertype.isAssignableFrom(type))) {
            problems.add(new Problem(CheckId.MODULE_CLASS, where, type.getName() + " does not implement "
                    + String.join(" or ", rule.requiredTypes()) + ", which " + rule.describe() + " requires"));
        }
        boolean isInterface = type.isInterface();
        if (rule.shape() == ModuleClassRule.Shape.CONCRETE_CLASS
                && (isInterface || Modifier.isAbstract(type.getModifiers()))) {
            problems.add(new Problem(CheckId.MODULE_CLASS, where, type.getName() + " is "
                    + (isInterface ? "an interface" : "abstract") + ", but Jira instantiates the class "
                    + rule.describe() + " names"));
        } else if (rule.shape() == ModuleClassRule.Shape.INTERFACE && !isInterface) {
            problems.add(new Problem(CheckId.MODULE_CLASS, where, type.getName()
                    + " is a class, but " + rule.describe() + " must name an interface"));
        }
    }
}
