package io.paydesk.host.ao;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import net.java.ao.RawEntity;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** The {@code <ao>} module of an app's {@code atlassian-plugin.xml}: its namespace and entity classes. */
public record AoModule(String namespace, List<Class<? extends RawEntity<?>>> entities) {

    public AoModule {
        entities = List.copyOf(entities);
    }

    /** Reads the first {@code <ao>} module of the descriptor found on the class path. */
    public static AoModule fromDescriptor(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream("atlassian-plugin.xml")) {
            if (in == null) {
                throw new IllegalStateException("no atlassian-plugin.xml on the class path");
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Element root = factory.newDocumentBuilder().parse(in).getDocumentElement();
            NodeList modules = root.getElementsByTagName("ao");
            if (modules.getLength() == 0) {
                throw new IllegalStateException("atlassian-plugin.xml has no <ao> module");
            }
            Element ao = (Element) modules.item(0);
            String namespace = ao.getAttribute("namespace");
            if (namespace.isBlank()) {
                namespace = root.getAttribute("key");
            }
            List<Class<? extends RawEntity<?>>> entities = new ArrayList<>();
            NodeList entityElements = ao.getElementsByTagName("entity");
            for (int i = 0; i < entityElements.getLength(); i++) {
                entities.add(entityClass(loader, entityElements.item(i).getTextContent().trim()));
            }
            return new AoModule(namespace, entities);
        } catch (IOException | ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("cannot read atlassian-plugin.xml: " + e.getMessage(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends RawEntity<?>> entityClass(ClassLoader loader, String name) {
        try {
            Class<?> type = Class.forName(name, false, loader);
            if (!RawEntity.class.isAssignableFrom(type)) {
                throw new IllegalStateException(name + " in <ao> is not an Active Objects entity");
            }
            return (Class<? extends RawEntity<?>>) type;
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("<ao> names " + name + ", which is not on the class path", e);
        }
    }

    public AoTablePrefix tablePrefix() {
        return new AoTablePrefix(namespace);
    }
}
