package io.paydesk.check;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;

/**
 * The descriptor's {@code <velocity-allowlist><method>} entries: the app's own methods templates may call, which
 * Jira 10+ otherwise blocks. Written {@code fqcn#method} or, as Jira logs them, {@code fqcn#method(param types)}.
 */
final class VelocityAllowlist {

    private static final Pattern ENTRY = Pattern.compile(
            "([A-Za-z_$][\\w$]*(?:\\.[A-Za-z_$][\\w$]*)*)#([A-Za-z_$][\\w$]*)(?:\\(([^)]*)\\))?");

    /**
     * @param parameterTypes the parameter types when the entry names them; any overload when empty
     */
    record Entry(String className, String methodName, Optional<List<String>> parameterTypes, String where) {

        boolean allows(Method method, Class<?> receiver) {
            return (className.equals(method.getDeclaringClass().getName()) || className.equals(receiver.getName()))
                    && methodName.equals(method.getName())
                    && parameterTypes.map(types -> types.equals(parameterTypeNames(method))).orElse(true);
        }
    }

    private final List<Entry> entries;

    private VelocityAllowlist(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** Reads the entries, reporting malformed ones and ones that name no public method of a jar class. */
    static VelocityAllowlist read(PluginJar jar, List<Problem> problems) {
        List<Entry> entries = new ArrayList<>();
        jar.descriptor().ifPresent(descriptor -> {
            for (Element allowlist : descriptor.modules("velocity-allowlist")) {
                for (Element method : XmlDocuments.children(allowlist, "method")) {
                    parse(method, problems).ifPresent(entry -> {
                        entries.add(entry);
                        verify(jar, entry, problems);
                    });
                }
            }
        });
        return new VelocityAllowlist(entries);
    }

    boolean allows(Method method, Class<?> receiver) {
        return entries.stream().anyMatch(entry -> entry.allows(method, receiver));
    }

    /** How Jira names a method in the allowlist and its log: {@code a.b.C#m(java.lang.String)}. */
    static String signature(Method method) {
        return method.getDeclaringClass().getName() + "#" + method.getName()
                + "(" + String.join(",", parameterTypeNames(method)) + ")";
    }

    static List<String> parameterTypeNames(Method method) {
        return Arrays.stream(method.getParameterTypes()).map(Class::getTypeName).toList();
    }

    private static Optional<Entry> parse(Element method, List<Problem> problems) {
        String text = method.getTextContent().trim();
        Matcher matcher = ENTRY.matcher(text.replaceAll("\\s+", ""));
        if (!matcher.matches()) {
            problems.add(new Problem(CheckId.VELOCITY_ALLOWLIST, Descriptor.locate(method), "<method>" + text
                    + "</method> is not fqcn#method or fqcn#method(parameter types)"));
            return Optional.empty();
        }
        Optional<List<String>> parameters = Optional.ofNullable(matcher.group(3))
                .map(list -> list.isEmpty() ? List.of() : List.of(list.split(",")));
        return Optional.of(new Entry(matcher.group(1), matcher.group(2), parameters, Descriptor.locate(method)));
    }

    private static void verify(PluginJar jar, Entry entry, List<Problem> problems) {
        if (!jar.classes().inJar(entry.className())) {
            problems.add(new Problem(CheckId.VELOCITY_ALLOWLIST, entry.where(), "<method> names " + entry.className()
                    + ", which is not a class in the jar"));
            return;
        }
        try {
            Class<?> type = jar.classes().load(entry.className());
            boolean exists = Arrays.stream(type.getMethods()).anyMatch(method ->
                    method.getName().equals(entry.methodName())
                            && entry.parameterTypes().map(types -> types.equals(parameterTypeNames(method))).orElse(true));
            if (!exists) {
                problems.add(new Problem(CheckId.VELOCITY_ALLOWLIST, entry.where(), "<method> names "
                        + entry.className() + "#" + entry.methodName()
                        + entry.parameterTypes().map(types -> "(" + String.join(",", types) + ")").orElse("")
                        + ", but " + entry.className() + " has no such public method"));
            }
        } catch (ClassNotFoundException | LinkageError e) {
            problems.add(new Problem(CheckId.VELOCITY_ALLOWLIST, entry.where(), "<method> names " + entry.className()
                    + ", which cannot be loaded: " + JarClasses.whyNotLoadable(e)));
        }
    }
}
