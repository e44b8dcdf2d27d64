package io.paydesk.check;

/**
 * The parent of the jar's class loader: the JDK, and from the check's own class path only the classes the
 * {@link HostApi} says the host provides. Nothing else on the class path (the check itself, Velocity, test
 * libraries, any copy of the app) is visible to the jar's classes.
 */
final class HostApiClassLoader extends ClassLoader {

    private final ClassLoader classPath;
    private final HostApi hostApi;

    HostApiClassLoader(ClassLoader classPath, HostApi hostApi) {
        super("paydesk-check-host-api", ClassLoader.getPlatformClassLoader());
        this.classPath = classPath;
        this.hostApi = hostApi;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        if (!hostApi.provides(name)) {
            throw new ClassNotFoundException(name + " is not part of the host API");
        }
        return classPath.loadClass(name);
    }
}
