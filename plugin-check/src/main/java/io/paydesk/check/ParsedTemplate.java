package io.paydesk.check;

import java.util.Optional;
import org.apache.velocity.runtime.parser.node.SimpleNode;

/**
 * A Velocity template from the jar.
 *
 * @param path  the jar entry
 * @param text  the template's text (empty when it is not valid UTF-8)
 * @param ast   Velocity's syntax tree, when the template parses
 * @param error why it does not parse or decode, when it does not
 */
record ParsedTemplate(String path, String text, Optional<SimpleNode> ast, Optional<String> error) {
}
