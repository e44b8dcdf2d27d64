package io.paydesk.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.velocity.runtime.parser.node.ASTMethod;
import org.apache.velocity.runtime.parser.node.ASTReference;
import org.apache.velocity.runtime.parser.node.Node;
import org.w3c.dom.Element;

/**
 * Every i18n key the app uses, and where: descriptor {@code key}/{@code i18n-name-key}/{@code name-key}
 * attributes, templates' {@code $i18n.getText("...")}, and string constants in the jar's classes that look like
 * the app's keys.
 */
final class I18nKeyReferences {

    /** What the app's own keys look like; other string constants in the classes are not keys. */
    static final Pattern APP_KEY = Pattern.compile("^paydesk\\.[a-z][A-Za-z0-9]*(\\.[A-Za-z0-9]+)+$");

    /** Descriptor elements whose {@code key} attribute is an i18n key (elsewhere {@code key} is a module key). */
    private static final List<String> TEXT_ELEMENTS = List.of("label", "description", "name", "tooltip");
    private static final List<String> KEY_ATTRIBUTES = List.of("i18n-name-key", "name-key");

    private I18nKeyReferences() {
    }

    /** Key → where it is used, keys sorted. */
    static Map<String, List<String>> collect(PluginJar jar) {
        Map<String, List<String>> uses = new TreeMap<>();
        jar.descriptor().ifPresent(descriptor -> fromDescriptor(descriptor, uses));
        for (ParsedTemplate template : jar.templates()) {
            template.ast().ifPresent(ast -> fromTemplate(template.path(), ast, uses));
        }
        jar.classFiles().values().forEach(classFile -> classFile.strings().stream()
                .filter(s -> APP_KEY.matcher(s).matches())
                .forEach(key -> add(uses, key, "class " + classFile.name())));
        return uses;
    }

    private static void fromDescriptor(Descriptor descriptor, Map<String, List<String>> uses) {
        for (Element element : descriptor.elements("*")) {
            if (TEXT_ELEMENTS.contains(element.getLocalName()) && element.hasAttribute("key")) {
                add(uses, element.getAttribute("key"), Descriptor.locate(element));
            }
            for (String attribute : KEY_ATTRIBUTES) {
                if (element.hasAttribute(attribute)) {
                    add(uses, element.getAttribute(attribute), Descriptor.locate(element) + " " + attribute);
                }
            }
        }
    }

    private static void fromTemplate(String path, Node ast, Map<String, List<String>> uses) {
        VelocityNodes.visit(ast, node -> {
            if (node instanceof ASTReference reference && !VelocityNodes.isEscaped(reference)
                    && "i18n".equals(VelocityNodes.rootName(reference))
                    && reference.jjtGetNumChildren() > 0
                    && reference.jjtGetChild(0) instanceof ASTMethod method
                    && "getText".equals(VelocityNodes.memberName(method)) && VelocityNodes.arity(method) > 0) {
                VelocityNodes.constantString(VelocityNodes.argument(method, 0))
                        .ifPresent(key -> add(uses, key, path + ":" + node.getLine()));
            }
        });
    }

    private static void add(Map<String, List<String>> uses, String key, String where) {
        List<String> places = uses.computeIfAbsent(key.trim(), k -> new ArrayList<>());
        if (!places.contains(where)) {
            places.add(where);
        }
    }
}
