package io.paydesk.sandbox.render;

import java.lang.reflect.Method;
import org.apache.velocity.runtime.RuntimeServices;
import org.apache.velocity.util.RuntimeServicesAware;
import org.apache.velocity.util.introspection.Info;
import org.apache.velocity.util.introspection.UberspectImpl;
import org.apache.velocity.util.introspection.VelMethod;
import org.apache.velocity.util.introspection.VelPropertyGet;

/** Velocity introspection that refuses calls on the app's classes the velocity-allowlist does not name. */
public final class AllowlistUberspect extends UberspectImpl implements RuntimeServicesAware {

    static final String ATTRIBUTE = VelocityAllowlist.class.getName();

    private VelocityAllowlist allowlist;

    @Override
    public void setRuntimeServices(RuntimeServices runtime) {
        this.allowlist = (VelocityAllowlist) runtime.getApplicationAttribute(ATTRIBUTE);
    }

    @Override
    public VelMethod getMethod(Object target, String methodName, Object[] args, Info info) throws Exception {
        if (target != null && VelocityAllowlist.isAppClass(target.getClass())) {
            Method method = introspector.getMethod(target.getClass(), methodName, args);
            if (method != null) {
                check(method, info);
            }
        }
        return super.getMethod(target, methodName, args, info);
    }

    @Override
    public VelPropertyGet getPropertyGet(Object target, String identifier, Info info) throws Exception {
        VelPropertyGet getter = super.getPropertyGet(target, identifier, info);
        if (getter != null && target != null && VelocityAllowlist.isAppClass(target.getClass())
                && getter.getMethodName() != null) {
            Method method = introspector.getMethod(target.getClass(), getter.getMethodName(), new Object[0]);
            if (method != null) {
                check(method, info);
            }
        }
        return getter;
    }

    private void check(Method method, Info info) {
        if (allowlist == null || !allowlist.allows(method)) {
            throw new VelocityAllowlistViolation(VelocityAllowlist.entry(method) + " is called by "
                    + info.getTemplateName() + " line " + info.getLine()
                    + " but is not in the velocity-allowlist of atlassian-plugin.xml; Jira would block it");
        }
    }
}
