package io.paydesk.check;

import java.util.Map;

/** Defines classes from the jar's entries (held in memory), after asking the host API first as OSGi would. */
final class JarClassLoader extends ClassLoader {

    private final Map<String, byte[]> entries;

    JarClassLoader(Map<String, byte[]> entries, ClassLoader hostApi) {
        super("paydesk-check-plugin-jar", hostApi);
        this.entries = entries;
    }

    boolean contains(String className) {
        return entries.containsKey(JavaNames.entryOfClass(className));
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = entries.get(JavaNames.entryOfClass(name));
        if (bytes == null) {
            throw new ClassNotFoundException(name);
        }
        try {
            return defineClass(name, bytes, 0, bytes.length);
        } catch (SecurityException e) {
            throw new ClassNotFoundException(name + " cannot be defined: " + e.getMessage(), e);
        }
    }
}
