package io.paydesk.check;

import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * (e) The Spring Scanner index {@code META-INF/plugin-components/{component,imports,exports}} (and product
 * variants such as {@code imports-jira}): one {@code fqcn} or {@code fqcn#beanName} a line, exports as
 * {@code fqcn#iface1,iface2}; components and exports are classes in the jar, imports are host API types whose
 * packages the manifest imports.
 */
final class ScannerIndexCheck implements JarCheck {

    static final String FOLDER = "META-INF/plugin-components/";

    private static final String FQCN = "[A-Za-z_$][\\w$]*(?:\\.[A-Za-z_$][\\w$]*)*";
    private static final Pattern INDEX_FILE = Pattern.compile("(component|imports|exports)(-[A-Za-z0-9_]+)?");
    private static final Pattern NAMED_LINE = Pattern.compile("(" + FQCN + ")(?:#([^#\\s,]+))?");
    private static final Pattern EXPORT_LINE = Pattern.compile("(" + FQCN + ")#(" + FQCN + "(?:," + FQCN + ")*)");

    @Override
    public List<Problem> check(PluginJar jar) {
        List<Problem> problems = new ArrayList<>();
        for (String entry : jar.entryNames()) {
            if (!entry.startsWith(FOLDER)) {
                continue;
            }
            Matcher file = INDEX_FILE.matcher(entry.substring(FOLDER.length()));
            if (!file.matches()) {
                continue;
            }
            String kind = file.group(1);
            String[] lines = new String(jar.bytes(entry).orElseThrow(), StandardCharsets.UTF_8).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].trim();
                if (!line.isEmpty()) {
                    checkLine(jar, kind, line, entry + ":" + (i + 1), problems);
                }
            }
        }
        return problems;
    }

    private static void checkLine(PluginJar jar, String kind, String line, String where, List<Problem> problems) {
        Matcher matcher = (kind.equals("exports") ? EXPORT_LINE : NAMED_LINE).matcher(line);
        if (!matcher.matches()) {
            problems.add(new Problem(CheckId.SCANNER_INDEX, where, "\"" + line + "\" is not a valid " + kind
                    + " line (expected " + (kind.equals("exports") ? "fqcn#interface1,interface2" : "fqcn or fqcn#beanName")
                    + ")"));
            return;
        }
        String className = matcher.group(1);
        switch (kind) {
            case "component" -> loadComponent(jar, className, "component", where, problems);
            case "exports" -> checkExport(jar, className, List.of(matcher.group(2).split(",")), where, problems);
            default -> checkImport(jar, className, where, problems);
        }
    }

    private static Optional<Class<?>> loadComponent(PluginJar jar, String className, String kind, String where,
                                                    List<Problem> problems) {
        if (!jar.classes().inJar(className)) {
            problems.add(new Problem(CheckId.SCANNER_INDEX, where, kind + " " + className + " is not in the jar"));
            return Optional.empty();
        }
        try {
            Class<?> type = jar.classes().load(className);
            if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
                problems.add(new Problem(CheckId.SCANNER_INDEX, where, kind + " " + className
                        + " is " + (type.isInterface() ? "an interface" : "abstract") + ", so Spring cannot create it"));
            }
            return Optional.of(type);
        } catch (ClassNotFoundException | LinkageError e) {
            problems.add(new Problem(CheckId.SCANNER_INDEX, where, kind + " " + className
                    + " cannot be loaded: " + JarClasses.whyNotLoadable(e)));
            return Optional.empty();
        }
    }

    private static void checkExport(PluginJar jar, String className, List<String> interfaces, String where,
                                    List<Problem> problems) {
        loadComponent(jar, className, "exported component", where, problems)
                .ifPresent(type -> checkExportedAs(jar, type, interfaces, where, problems));
    }

    private static void checkExportedAs(PluginJar jar, Class<?> type, List<String> interfaces, String where,
                                        List<Problem> problems) {
        String className = type.getName();
        for (String interfaceName : interfaces) {
            try {
                Class<?> exported = jar.classes().load(interfaceName);
                if (!exported.isAssignableFrom(type)) {
                    problems.add(new Problem(CheckId.SCANNER_INDEX, where,
                            className + " is exported as " + interfaceName + " but does not implement it"));
                }
            } catch (ClassNotFoundException | LinkageError e) {
                problems.add(new Problem(CheckId.SCANNER_INDEX, where, className + " is exported as " + interfaceName
                        + ", which is neither in the jar nor in the host API"));
            }
        }
    }

    private static void checkImport(PluginJar jar, String className, String where, List<Problem> problems) {
        if (jar.classes().inJar(className)) {
            problems.add(new Problem(CheckId.SCANNER_INDEX, where, "imported service " + className
                    + " is the app's own class; imports are for services the host provides"));
            return;
        }
        if (jar.classes().host(className).isEmpty()) {
            problems.add(new Problem(CheckId.SCANNER_INDEX, where, "imported service " + className
                    + " is not in the host API (declare it in provided-api if Jira has it)"));
        }
        String packageName = JavaNames.packageOf(className);
        if (!jar.importedPackageNames().contains(packageName)) {
            problems.add(new Problem(CheckId.SCANNER_INDEX, where, "imported service " + className + "'s package "
                    + packageName + " is not in Import-Package, so the app could not see the service"));
        }
    }
}
