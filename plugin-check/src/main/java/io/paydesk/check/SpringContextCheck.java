package io.paydesk.check;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.xml.sax.SAXException;

/** (a) A {@code META-INF/spring/*.xml} context tells Spring Scanner to read its index: {@code <scan-indexes/>}. */
final class SpringContextCheck implements JarCheck {

    private static final String FOLDER = "META-INF/spring/";

    @Override
    public List<Problem> check(PluginJar jar) {
        List<Problem> problems = new ArrayList<>();
        List<String> contexts = jar.entryNames().stream()
                .filter(name -> name.startsWith(FOLDER) && name.endsWith(".xml")).toList();
        if (contexts.isEmpty()) {
            problems.add(new Problem(CheckId.SPRING_CONTEXT, FOLDER,
                    "the jar has no META-INF/spring/*.xml, so no <atlassian-scanner:scan-indexes/> loads the components"));
            return problems;
        }
        boolean scans = false;
        for (String context : contexts) {
            try {
                scans |= !XmlDocuments.elements(XmlDocuments.parse(jar.bytes(context).orElseThrow()), "scan-indexes")
                        .isEmpty();
            } catch (IOException | SAXException e) {
                problems.add(new Problem(CheckId.SPRING_CONTEXT, context, context + " does not parse: " + e.getMessage()));
            }
        }
        if (!scans) {
            problems.add(new Problem(CheckId.SPRING_CONTEXT, FOLDER,
                    "no META-INF/spring/*.xml (" + String.join(", ", contexts) + ") declares"
                            + " <atlassian-scanner:scan-indexes/>, so Spring Scanner's component index is never read"));
        }
        return problems;
    }
}
