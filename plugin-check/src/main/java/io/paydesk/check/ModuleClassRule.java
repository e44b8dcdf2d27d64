package io.paydesk.check;

import java.util.List;
import org.w3c.dom.Element;

/**
 * Where the descriptor names a class and what that class must be.
 *
 * @param module        the top-level module the element must sit in, or null for any
 * @param element       the element naming the class
 * @param attribute     the attribute holding the class name, or null when the element's text is the name
 * @param requiredTypes the class must be one of these (usually exactly one)
 * @param shape         whether the host instantiates the class or it must be an interface
 */
record ModuleClassRule(String module, String element, String attribute, List<String> requiredTypes, Shape shape) {

    enum Shape {
        /** The host instantiates it: not abstract, not an interface. */
        CONCRETE_CLASS,
        /** The host implements it (Active Objects entities). */
        INTERFACE
    }

    ModuleClassRule {
        requiredTypes = List.copyOf(requiredTypes);
    }

    /** {@code <element attribute="fqcn">} in any module. */
    static ModuleClassRule classAttribute(String element, String attribute, Shape shape, String... requiredTypes) {
        return new ModuleClassRule(null, element, attribute, List.of(requiredTypes), shape);
    }

    /** {@code <element attribute="fqcn">} inside the given top-level module only. */
    static ModuleClassRule classAttributeIn(String module, String element, String attribute, Shape shape,
                                            String... requiredTypes) {
        return new ModuleClassRule(module, element, attribute, List.of(requiredTypes), shape);
    }

    /** {@code <module><element>fqcn</element></module>}. */
    static ModuleClassRule classText(String module, String element, Shape shape, String... requiredTypes) {
        return new ModuleClassRule(module, element, null, List.of(requiredTypes), shape);
    }

    boolean matches(Element candidate) {
        return element.equals(candidate.getLocalName())
                && (module == null || module.equals(Descriptor.moduleOf(candidate).getLocalName()))
                && (attribute == null || candidate.hasAttribute(attribute));
    }

    String className(Element matched) {
        return (attribute == null ? matched.getTextContent() : matched.getAttribute(attribute)).trim();
    }

    /** How messages name this place: {@code <context-provider class>} or {@code <ao><entity>}. */
    String describe() {
        String named = attribute == null ? "<" + element + ">" : "<" + element + " " + attribute + ">";
        return module == null || module.equals(element) ? named : "<" + module + ">" + named;
    }
}
