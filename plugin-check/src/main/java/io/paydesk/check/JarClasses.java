package io.paydesk.check;

import java.util.Optional;

/** Loads classes the way the host would see them: the jar's own, over the host API and nothing else. */
final class JarClasses {

    private final JarClassLoader jarLoader;
    private final HostApiClassLoader hostLoader;

    JarClasses(JarClassLoader jarLoader, HostApiClassLoader hostLoader) {
        this.jarLoader = jarLoader;
        this.hostLoader = hostLoader;
    }

    /** Whether the jar holds this class's {@code .class} entry. */
    boolean inJar(String className) {
        return jarLoader.contains(className);
    }

    /** Whether this loaded class was defined from the jar (as opposed to the host API or the JDK). */
    boolean isFromJar(Class<?> type) {
        return type.getClassLoader() == jarLoader;
    }

    /** A class as the jar's code sees it: from the jar, the host API or the JDK. */
    Class<?> load(String className) throws ClassNotFoundException {
        return Class.forName(className, false, jarLoader);
    }

    /** A class from the host API or the JDK only; empty when the host does not provide it. */
    Optional<Class<?>> host(String className) {
        try {
            return Optional.of(Class.forName(className, false, hostLoader));
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty();
        }
    }

    /** Why a class could not be loaded, naming the missing class where there is one. */
    static String whyNotLoadable(Throwable failure) {
        if (failure instanceof NoClassDefFoundError missing) {
            return "it needs " + missing.getMessage().replace('/', '.') + ", which neither the jar nor the host API has";
        }
        return failure.getClass().getSimpleName() + ": " + failure.getMessage();
    }
}
