package io.paydesk.check;

import java.beans.Introspector;
import java.util.regex.Pattern;

/** Small helpers for Java class and package names. */
final class JavaNames {

    private static final Pattern QUALIFIED_NAME =
            Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*");

    private JavaNames() {
    }

    /** {@code a.b.C} → {@code a.b}; a class in the default package → "". */
    static String packageOf(String className) {
        int dot = className.lastIndexOf('.');
        return dot < 0 ? "" : className.substring(0, dot);
    }

    static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    /** The bean name Spring gives a component that names none: {@code FooBar} → {@code fooBar}. */
    static String defaultBeanName(String className) {
        String simple = simpleName(className);
        return Introspector.decapitalize(simple.substring(simple.lastIndexOf('$') + 1));
    }

    static boolean isQualifiedName(String name) {
        return QUALIFIED_NAME.matcher(name).matches();
    }

    /** {@code io/paydesk/Foo.class} → {@code io.paydesk.Foo}. */
    static String classNameOfEntry(String entry) {
        return entry.substring(0, entry.length() - ".class".length()).replace('/', '.');
    }

    static String entryOfClass(String className) {
        return className.replace('.', '/') + ".class";
    }

    /** Packages Jira provides as Atlassian's own API: they must be imported, never embedded. */
    static boolean isAtlassianPackage(String packageName) {
        return packageName.equals("com.atlassian") || packageName.startsWith("com.atlassian.")
                || packageName.equals("net.java.ao") || packageName.startsWith("net.java.ao.");
    }
}
