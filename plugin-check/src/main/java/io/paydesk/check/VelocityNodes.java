package io.paydesk.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.velocity.runtime.parser.Token;
import org.apache.velocity.runtime.parser.node.ASTMethod;
import org.apache.velocity.runtime.parser.node.ASTReference;
import org.apache.velocity.runtime.parser.node.ASTStringLiteral;
import org.apache.velocity.runtime.parser.node.Node;

/**
 * Reading Velocity 1.7's syntax tree before rendering: {@code $a.b(x).c} is an {@link ASTReference} whose
 * children are the members ({@code ASTMethod} for {@code b(x)}, whose first child names it and the rest are the
 * arguments; {@code ASTIdentifier} for {@code c}).
 */
final class VelocityNodes {

    private VelocityNodes() {
    }

    /** {@code $view}, {@code $!view}, {@code ${view}} and {@code $!{view}} → {@code view}. */
    static String rootName(ASTReference reference) {
        Token first = reference.getFirstToken();
        String name = first.image.replaceFirst("^\\\\*\\$!?\\{?", "");
        return name.isEmpty() && first.next != null ? first.next.image : name;
    }

    /** {@code \$view.x()} renders literally: an odd number of backslashes escapes the reference. */
    static boolean isEscaped(ASTReference reference) {
        String image = reference.getFirstToken().image;
        int backslashes = 0;
        while (backslashes < image.length() && image.charAt(backslashes) == '\\') {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    static List<Node> children(Node node) {
        List<Node> children = new ArrayList<>(node.jjtGetNumChildren());
        for (int i = 0; i < node.jjtGetNumChildren(); i++) {
            children.add(node.jjtGetChild(i));
        }
        return children;
    }

    /** The method's or property's name. */
    static String memberName(Node member) {
        return member instanceof ASTMethod ? member.jjtGetChild(0).getFirstToken().image : member.getFirstToken().image;
    }

    static int arity(ASTMethod method) {
        return method.jjtGetNumChildren() - 1;
    }

    static Node argument(ASTMethod method, int index) {
        return method.jjtGetChild(index + 1);
    }

    /** A string literal's value, unless it interpolates references or directives. */
    static Optional<String> constantString(Node node) {
        if (!(node instanceof ASTStringLiteral)) {
            return Optional.empty();
        }
        String image = node.getFirstToken().image;
        String value = image.length() >= 2 ? image.substring(1, image.length() - 1) : image;
        return image.startsWith("\"") && (value.contains("$") || value.contains("#")) ? Optional.empty()
                : Optional.of(value);
    }

    /** Visits the node and all its descendants, parents first. */
    static void visit(Node node, Consumer<Node> visitor) {
        visitor.accept(node);
        for (int i = 0; i < node.jjtGetNumChildren(); i++) {
            visit(node.jjtGetChild(i), visitor);
        }
    }
}
