package io.paydesk.check;

import java.lang.invoke.MethodType;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What Velocity 1.7 would call for {@code $x.name(...)} and {@code $x.name} on a type, by reflection, and what
 * type comes back. {@code Object.class} stands for "type unknown" (raw or unresolved generics).
 */
final class MemberResolver {

    private MemberResolver() {
    }

    /** Public methods with this name that accept this many arguments (varargs included). */
    static List<Method> methods(Class<?> type, String name, int arity) {
        return publicMethods(type).filter(method -> method.getName().equals(name))
                .filter(method -> method.getParameterCount() == arity
                        || method.isVarArgs() && arity >= method.getParameterCount() - 1)
                .toList();
    }

    /**
     * The method {@code $x.name} calls: {@code getName()}/{@code getname()}, then {@code isName()}/{@code isname()}
     * returning a boolean, then {@code name()} (record accessors), then {@code get(String)}.
     */
    static Optional<Method> property(Class<?> type, String name) {
        List<Method> publicMethods = publicMethods(type).toList();
        String capitalized = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        for (String getter : List.of("get" + capitalized, "get" + name, "is" + capitalized, "is" + name, name)) {
            Optional<Method> found = publicMethods.stream()
                    .filter(m -> m.getName().equals(getter) && m.getParameterCount() == 0)
                    .filter(m -> !getter.startsWith("is") || getter.equals(name)
                            || m.getReturnType() == boolean.class || m.getReturnType() == Boolean.class)
                    .findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        return publicMethods.stream().filter(m -> m.getName().equals("get") && m.getParameterCount() == 1
                && m.getParameterTypes()[0].isAssignableFrom(String.class)).findFirst();
    }

    /** The method's return type as seen on this receiver ({@code List<X>.get} → {@code X}). */
    static Type returnType(Type receiver, Method method) {
        return known(substitute(receiver, method.getGenericReturnType()));
    }

    /** What {@code #foreach} over a value of this type gives each time round. */
    static Type elementType(Type iterable) {
        if (iterable instanceof Class<?> type && type.isArray()) {
            return type.getComponentType();
        }
        if (iterable instanceof GenericArrayType array) {
            return known(array.getGenericComponentType());
        }
        if (iterable instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> raw) {
            Type[] arguments = parameterized.getActualTypeArguments();
            if (Map.class.isAssignableFrom(raw) && arguments.length == 2) {
                return known(arguments[1]); // Velocity iterates a map's values
            }
            if ((Iterable.class.isAssignableFrom(raw) || Iterator.class.isAssignableFrom(raw)
                    || Collection.class.isAssignableFrom(raw)) && arguments.length == 1) {
                return known(arguments[0]);
            }
        }
        return Object.class;
    }

    /** The class whose methods Velocity looks up; primitives are boxed, as Velocity sees them. */
    static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c.isPrimitive() ? MethodType.methodType(c).wrap().returnType() : c;
        }
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> raw) {
            return raw;
        }
        return Object.class;
    }

    private static Stream<Method> publicMethods(Class<?> type) {
        Map<String, Method> bySignature = new LinkedHashMap<>();
        List<Method> all = new ArrayList<>(List.of(type.getMethods()));
        if (type.isInterface()) {
            all.addAll(List.of(Object.class.getMethods()));
        }
        for (Method method : all) {
            if (!method.isBridge() && !method.isSynthetic() && Modifier.isPublic(method.getModifiers())) {
                bySignature.putIfAbsent(method.getName() + List.of(method.getParameterTypes()), method);
            }
        }
        return bySignature.values().stream();
    }

    private static Type substitute(Type receiver, Type type) {
        if (type instanceof TypeVariable<?> variable && receiver instanceof ParameterizedType parameterized
                && parameterized.getRawType() instanceof Class<?> raw) {
            TypeVariable<?>[] parameters = raw.getTypeParameters();
            for (int i = 0; i < parameters.length; i++) {
                if (parameters[i].getName().equals(variable.getName())
                        && variable.getGenericDeclaration() == raw) {
                    return parameterized.getActualTypeArguments()[i];
                }
            }
        }
        return type;
    }

    /** Wildcards become their upper bound; anything still generic becomes "unknown". */
    private static Type known(Type type) {
        if (type instanceof WildcardType wildcard && wildcard.getUpperBounds().length == 1) {
            return known(wildcard.getUpperBounds()[0]);
        }
        return type instanceof Class<?> || type instanceof ParameterizedType || type instanceof GenericArrayType
                ? type : Object.class;
    }
}
