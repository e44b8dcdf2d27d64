package io.paydesk.check;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * A {@code <servlet-filter>} module is one Jira can place and let through: its {@code location} is one of the four
 * the module type knows, its {@code weight} a whole number, it has at least one {@code <url-pattern>}, each
 * {@code <dispatcher>} is one of the servlet dispatcher types, and its class says who may pass with one of the
 * access annotations of {@code com.atlassian.annotations.security}: since Jira 10 a filter class without one lets
 * only licensed users through, which locks portal customers out of every path it matches. Module reference:
 * https://developer.atlassian.com/server/jira/platform/servlet-filter/; access defaults:
 * https://developer.atlassian.com/platform/marketplace/dc-apps-platform-7-preparing-for-secure-endpoints/.
 * Whether the class is there and is a {@code jakarta.servlet.Filter} is {@link ModuleClassCheck}'s; the annotation
 * is looked for only on a class that is one.
 */
final class ServletFilterModuleCheck implements JarCheck {

    static final List<String> LOCATIONS =
            List.of("after-encoding", "before-login", "before-decoration", "before-dispatch");
    static final Set<String> DISPATCHERS = Set.of("REQUEST", "INCLUDE", "FORWARD", "ERROR");
    static final String ACCESS_ANNOTATIONS = "com.atlassian.annotations.security";

    @Override
    public List<Problem> check(PluginJar jar) {
        List<Problem> problems = new ArrayList<>();
        jar.descriptor().ifPresent(descriptor -> {
            for (Element filter : descriptor.modules("servlet-filter")) {
                String where = Descriptor.locate(filter);
                checkLocation(filter, where, problems);
                checkWeight(filter, where, problems);
                checkUrlPatterns(filter, where, problems);
                checkDispatchers(filter, problems);
                checkAccessAnnotation(jar, filter, where, problems);
            }
        });
        return problems;
    }

    private static void checkLocation(Element filter, String where, List<Problem> problems) {
        String location = filter.getAttribute("location").trim();
        if (!location.isEmpty() && !LOCATIONS.contains(location.toLowerCase(Locale.ROOT))) {
            problems.add(new Problem(CheckId.SERVLET_FILTER, where, "location \"" + location
                    + "\" is not one of " + String.join(", ", LOCATIONS) + ", so Jira would not enable the filter"));
        }
    }

    private static void checkWeight(Element filter, String where, List<Problem> problems) {
        String weight = filter.getAttribute("weight").trim();
        if (!weight.isEmpty() && !weight.matches("-?\\d{1,9}")) {
            problems.add(new Problem(CheckId.SERVLET_FILTER, where,
                    "weight \"" + weight + "\" is not a whole number, so Jira would not enable the filter"));
        }
    }

    private static void checkUrlPatterns(Element filter, String where, List<Problem> problems) {
        if (XmlDocuments.children(filter, "url-pattern").stream().allMatch(p -> p.getTextContent().isBlank())) {
            problems.add(new Problem(CheckId.SERVLET_FILTER, where,
                    "has no <url-pattern>, so the filter would see no request"));
        }
    }

    private static void checkDispatchers(Element filter, List<Problem> problems) {
        for (Element dispatcher : XmlDocuments.children(filter, "dispatcher")) {
            String value = dispatcher.getTextContent().trim();
            if (!DISPATCHERS.contains(value)) {
                problems.add(new Problem(CheckId.SERVLET_FILTER, Descriptor.locate(dispatcher), "dispatcher \"" + value
                        + "\" is not one of REQUEST, INCLUDE, FORWARD, ERROR"));
            }
        }
    }

    private static void checkAccessAnnotation(PluginJar jar, Element filter, String where, List<Problem> problems) {
        String name = filter.getAttribute("class").trim();
        if (name.isEmpty() || !jar.classes().inJar(name)) {
            return;
        }
        Class<?> type;
        try {
            type = jar.classes().load(name);
        } catch (ClassNotFoundException | LinkageError e) {
            return;
        }
        boolean isFilter = jar.classes().host("jakarta.servlet.Filter")
                .filter(filterType -> filterType.isAssignableFrom(type)).isPresent();
        if (!isFilter) {
            return;
        }
        for (Annotation annotation : type.getAnnotations()) {
            if (annotation.annotationType().getPackageName().equals(ACCESS_ANNOTATIONS)) {
                return;
            }
        }
        problems.add(new Problem(CheckId.SERVLET_FILTER, where, name + " carries no access annotation of "
                + ACCESS_ANNOTATIONS + " (UnrestrictedAccess, AnonymousSiteAccess, UnlicensedSiteAccess, LicensedOnly,"
                + " AdminOnly, SystemAdminOnly): Jira would let only licensed users through the filter"));
    }
}
