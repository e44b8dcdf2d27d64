package io.paydesk.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;

/** Module types that look right but do nothing in a Jira 11 Spring Scanner app. */
final class ModuleTypeCheck implements JarCheck {

    /** Module element → why it does not work in Jira, and what to do instead. */
    static final Map<String, String> NOT_FOR_JIRA = Map.of(
            "job-config", "<job-config> is a Confluence module type; Jira has none, so this job would never be"
                    + " scheduled: register the JobRunner and schedule it with SchedulerService when the app starts",
            "component", "<component> is not used by a Spring Scanner app (manifest Spring-Context):"
                    + " annotate the class with @Named instead",
            "component-import", "<component-import> is not used by a Spring Scanner app (manifest Spring-Context):"
                    + " annotate the constructor parameter with @ComponentImport instead");

    @Override
    public List<Problem> check(PluginJar jar) {
        List<Problem> problems = new ArrayList<>();
        jar.descriptor().ifPresent(descriptor -> NOT_FOR_JIRA.forEach((module, why) -> {
            for (Element element : descriptor.modules(module)) {
                problems.add(new Problem(CheckId.MODULE_TYPE, Descriptor.locate(element), why));
            }
        }));
        return problems;
    }
}
