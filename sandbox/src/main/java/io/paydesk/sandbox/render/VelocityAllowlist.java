package io.paydesk.sandbox.render;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Jira 10+ lets templates call only allowlisted methods. The sandbox applies the same rule to the app's
 * own classes (those the app jar ships: {@code io.paydesk.app} and {@code io.paydesk.core}), using the
 * app's {@code <velocity-allowlist>} module; JDK and host objects are governed by the host, as in Jira.
 * Entries are written as Jira logs a blocked call: {@code fqcn#method(param.Type,other.Type)}.
 */
public final class VelocityAllowlist {

    private final Set<String> methods;

    public VelocityAllowlist(Set<String> methods) {
        this.methods = Set.copyOf(methods);
    }

    public static boolean isAppClass(Class<?> type) {
        String name = type.getName();
        return name.startsWith("io.paydesk.app.") || name.startsWith("io.paydesk.core.");
    }

    public boolean allows(Method method) {
        return methods.contains(entry(method));
    }

    /** The allowlist entry that names this method. */
    public static String entry(Method method) {
        return method.getDeclaringClass().getName() + "#" + method.getName() + "("
                + Arrays.stream(method.getParameterTypes()).map(Class::getName).collect(Collectors.joining(",")) + ")";
    }
}
