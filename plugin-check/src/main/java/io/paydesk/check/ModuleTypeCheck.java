package io.paydesk.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;

/** Module types that look right but do nothing in a Jira 11 Spring Scanner app. */
final class ModuleTypeCheck implements JarCheck {

    /** Module element → why it does not work in Jira, and what to do instead. */
    static final List<Map.Entry<String, String>> NOT_FOR_JIRA = List.of(
            Map.entry("job-config", "<job-config> is a Confluence module type; Jira has none, so this job would never"
                    + " be scheduled: register the JobRunner and schedule it with SchedulerService when the app starts"),
            Map.entry("component", "<component> is not used by a Spring Scanner app (manifest Spring-Context):"
                    + " annotate the class with @Named instead"),
            Map.entry("component-import", "<component-import> is not used by a Spring Scanner app"
                    + " (manifest Spring-Context): annotate the constructor parameter with @ComponentImport instead"));

    @Override
    public List<Problem> check(PluginJar jar) {
        List<Problem> problems = new ArrayList<>();
        jar.descriptor().ifPresent(descriptor -> {
            for (Map.Entry<String, String> moduleType : NOT_FOR_JIRA) {
                for (Element element : descriptor.modules(moduleType.getKey())) {
                    problems.add(new Problem(CheckId.MODULE_TYPE, Descriptor.locate(element), moduleType.getValue()));
                }
            }
        });
        return problems;
    }
}
