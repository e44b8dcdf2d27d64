package io.paydesk.check;

import java.util.List;
import java.util.Optional;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The parsed {@code atlassian-plugin.xml}. */
final class Descriptor {

    static final String ENTRY = "atlassian-plugin.xml";

    private final Document document;

    Descriptor(Document document) {
        this.document = document;
    }

    Element root() {
        return document.getDocumentElement();
    }

    String pluginKey() {
        return root().getAttribute("key");
    }

    /** Every element with this name, anywhere in the descriptor. */
    List<Element> elements(String name) {
        return XmlDocuments.elements(document, name);
    }

    /** The top-level modules (children of the root) with this name. */
    List<Element> modules(String name) {
        return XmlDocuments.children(root(), name);
    }

    Optional<Element> pluginInfo() {
        return modules("plugin-info").stream().findFirst();
    }

    /**
     * Where an element sits, for messages: {@code atlassian-plugin.xml <web-panel key="x"> <condition>}.
     */
    static String locate(Element element) {
        Element module = moduleOf(element);
        StringBuilder where = new StringBuilder(ENTRY).append(' ').append(describe(module));
        if (module != element) {
            where.append(' ').append(describe(element));
        }
        return where.toString();
    }

    /** The top-level module (a child of {@code <atlassian-plugin>}) an element sits in; the root for the root. */
    static Element moduleOf(Element element) {
        Element module = element;
        while (module.getParentNode() instanceof Element parent && parent.getParentNode() instanceof Element) {
            module = parent;
        }
        return module;
    }

    private static String describe(Element element) {
        String key = element.getAttribute("key");
        return key.isEmpty() ? "<" + element.getLocalName() + ">"
                : "<" + element.getLocalName() + " key=\"" + key + "\">";
    }
}
