package io.paydesk.sandbox.render;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * What the sandbox host reads from the app's {@code atlassian-plugin.xml}, as Jira's plugin system does:
 * the plugin key, the i18n bundles, web panels, web resources and the velocity allowlist.
 */
public record PluginDescriptor(String pluginKey, List<String> i18nBundles, List<WebPanelModule> webPanels,
                               List<WebResourceModule> webResources, Set<String> allowlist) {

    /** A {@code <web-panel>} with a Velocity view. */
    public record WebPanelModule(String key, String location, int weight, String labelKey, String template) {
    }

    /** A {@code <web-resource>}: its contexts and downloadable files (name → location in the app jar). */
    public record WebResourceModule(String key, Set<String> contexts, List<String[]> downloads) {
    }

    public static PluginDescriptor load(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream("atlassian-plugin.xml")) {
            if (in == null) {
                throw new IllegalStateException("the app's atlassian-plugin.xml is not on the class path");
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Element root = factory.newDocumentBuilder().parse(in).getDocumentElement();
            return new PluginDescriptor(root.getAttribute("key"), i18nBundles(root), webPanels(root),
                    webResources(root), allowlist(root));
        } catch (IOException | ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("cannot read atlassian-plugin.xml: " + e.getMessage(), e);
        }
    }

    public List<WebPanelModule> webPanelsAt(String location) {
        return webPanels.stream().filter(p -> p.location().equals(location))
                .sorted(Comparator.comparingInt(WebPanelModule::weight)).toList();
    }

    /** Every {@code <resource type="i18n">}, in descriptor order, as bundle base names. */
    private static List<String> i18nBundles(Element root) {
        List<String> bundles = children(root, "resource").stream()
                .filter(resource -> "i18n".equals(resource.getAttribute("type")))
                .map(resource -> resource.getAttribute("location").replace('/', '.'))
                .toList();
        if (bundles.isEmpty()) {
            throw new IllegalStateException("atlassian-plugin.xml declares no i18n resource");
        }
        return bundles;
    }

    private static List<WebPanelModule> webPanels(Element root) {
        List<WebPanelModule> panels = new ArrayList<>();
        for (Element panel : children(root, "web-panel")) {
            String template = null;
            for (Element resource : children(panel, "resource")) {
                if ("velocity".equals(resource.getAttribute("type")) && "view".equals(resource.getAttribute("name"))) {
                    template = resource.getAttribute("location");
                }
            }
            String label = children(panel, "label").stream().map(l -> l.getAttribute("key")).findFirst().orElse("");
            String weight = panel.getAttribute("weight");
            panels.add(new WebPanelModule(panel.getAttribute("key"), panel.getAttribute("location"),
                    weight.isBlank() ? 100 : Integer.parseInt(weight), label, template));
        }
        return panels;
    }

    private static List<WebResourceModule> webResources(Element root) {
        List<WebResourceModule> modules = new ArrayList<>();
        for (Element module : children(root, "web-resource")) {
            Set<String> contexts = new LinkedHashSet<>();
            children(module, "context").forEach(c -> contexts.add(c.getTextContent().trim()));
            List<String[]> downloads = new ArrayList<>();
            for (Element resource : children(module, "resource")) {
                if ("download".equals(resource.getAttribute("type"))) {
                    downloads.add(new String[] {resource.getAttribute("name"), resource.getAttribute("location")});
                }
            }
            modules.add(new WebResourceModule(module.getAttribute("key"), contexts, downloads));
        }
        return modules;
    }

    private static Set<String> allowlist(Element root) {
        Set<String> methods = new LinkedHashSet<>();
        for (Element module : children(root, "velocity-allowlist")) {
            children(module, "method").forEach(m -> methods.add(m.getTextContent().trim()));
        }
        return methods;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element element && element.getTagName().equals(name)) {
                found.add(element);
            }
        }
        return found;
    }
}
