package io.paydesk.check;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/** A {@code <rest>} module's {@code <package>} entries name packages that hold classes in the jar. */
final class RestModuleCheck implements JarCheck {

    @Override
    public List<Problem> check(PluginJar jar) {
        List<Problem> problems = new ArrayList<>();
        jar.descriptor().ifPresent(descriptor -> {
            for (Element rest : descriptor.modules("rest")) {
                if (!rest.getAttribute("path").startsWith("/")) {
                    problems.add(new Problem(CheckId.MODULE_CLASS, Descriptor.locate(rest),
                            "<rest> needs a path attribute starting with \"/\""));
                }
                for (Element packageElement : XmlDocuments.children(rest, "package")) {
                    String packageName = packageElement.getTextContent().trim();
                    String prefix = packageName.replace('.', '/') + "/";
                    if (jar.classFiles().keySet().stream().noneMatch(entry -> entry.startsWith(prefix))) {
                        problems.add(new Problem(CheckId.MODULE_CLASS, Descriptor.locate(packageElement),
                                "<rest><package> " + packageName + " has no classes in the jar,"
                                        + " so Jira would find no REST resources there"));
                    }
                }
            }
        });
        return problems;
    }
}
