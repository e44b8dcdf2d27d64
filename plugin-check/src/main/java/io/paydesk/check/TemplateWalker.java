package io.paydesk.check;

import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.velocity.runtime.parser.node.ASTDirective;
import org.apache.velocity.runtime.parser.node.ASTMethod;
import org.apache.velocity.runtime.parser.node.ASTReference;
import org.apache.velocity.runtime.parser.node.ASTSetDirective;
import org.apache.velocity.runtime.parser.node.Node;

/**
 * Follows one template's references through its syntax tree, knowing each variable's type: declared
 * ({@code ## model}), set ({@code #set}), or a {@code #foreach} element. Reports calls to methods that do not exist,
 * calls on the app's own classes that the allowlist does not list, and member access on undeclared variables.
 */
final class TemplateWalker {

    private final JarClasses classes;
    private final VelocityAllowlist allowlist;
    private final String path;
    private final Map<String, Type> variables;
    private final List<Problem> problems = new ArrayList<>();

    TemplateWalker(JarClasses classes, VelocityAllowlist allowlist, String path, Map<String, Type> declared) {
        this.classes = classes;
        this.allowlist = allowlist;
        this.path = path;
        this.variables = new HashMap<>(declared);
    }

    List<Problem> walk(Node ast) {
        visit(ast);
        return List.copyOf(problems);
    }

    private void visit(Node node) {
        if (node instanceof ASTSetDirective set) {
            visitSet(set);
        } else if (node instanceof ASTDirective directive && "foreach".equals(directive.getDirectiveName())) {
            visitForeach(directive);
        } else if (node instanceof ASTDirective directive && "macro".equals(directive.getDirectiveName())) {
            visitMacro(directive);
        } else if (node instanceof ASTReference reference) {
            resolve(reference);
        } else {
            VelocityNodes.children(node).forEach(this::visit);
        }
    }

    /** {@code #set($x = $a.b())}: $x gets the type of the right-hand side when it is a reference. */
    private void visitSet(ASTSetDirective set) {
        Node target = set.jjtGetChild(0);
        Node value = set.jjtGetChild(1);
        Type type = Object.class;
        if (value.jjtGetNumChildren() == 1 && value.jjtGetChild(0) instanceof ASTReference reference) {
            type = resolve(reference);
        } else {
            visit(value);
        }
        if (target instanceof ASTReference reference && reference.jjtGetNumChildren() == 0) {
            variables.put(VelocityNodes.rootName(reference), type);
        }
    }

    /** {@code #foreach($x in $a.list())}: inside the loop, $x has the list's element type. */
    private void visitForeach(ASTDirective foreach) {
        List<Node> children = VelocityNodes.children(foreach);
        Node iterable = children.get(2);
        Type element = Object.class;
        if (iterable instanceof ASTReference reference) {
            element = MemberResolver.elementType(resolve(reference));
        } else {
            visit(iterable);
        }
        String variable = VelocityNodes.rootName((ASTReference) children.get(0));
        Type loopVariable = element;
        withVariables(Map.of(variable, loopVariable, "velocityCount", Integer.class, "velocityHasNext", Boolean.class),
                () -> visit(children.get(children.size() - 1)));
    }

    /** {@code #macro(name $a $b)}: inside the body the parameters are known, of unknown type. */
    private void visitMacro(ASTDirective macro) {
        List<Node> children = VelocityNodes.children(macro);
        Map<String, Type> parameters = new HashMap<>();
        children.stream().filter(ASTReference.class::isInstance)
                .forEach(parameter -> parameters.put(VelocityNodes.rootName((ASTReference) parameter), Object.class));
        withVariables(parameters, () -> visit(children.get(children.size() - 1)));
    }

    private void withVariables(Map<String, Type> scoped, Runnable body) {
        Map<String, Type> saved = new HashMap<>(variables);
        variables.putAll(scoped);
        body.run();
        variables.clear();
        variables.putAll(saved);
    }

    /** Checks a reference chain and returns the type it evaluates to ({@code Object.class} when unknown). */
    private Type resolve(ASTReference reference) {
        if (VelocityNodes.isEscaped(reference)) {
            return Object.class;
        }
        List<Node> members = VelocityNodes.children(reference);
        for (Node member : members) {
            if (member instanceof ASTMethod method) {
                for (int i = 0; i < VelocityNodes.arity(method); i++) {
                    visit(VelocityNodes.argument(method, i));
                }
            }
        }
        String root = VelocityNodes.rootName(reference);
        String shown = "$" + root;
        if (!variables.containsKey(root)) {
            if (!members.isEmpty() && !HostTemplateVariables.NAMES.contains(root)) {
                report(CheckId.VELOCITY_TEMPLATE, reference, shown + "." + describe(members.get(0)) + " uses $" + root
                        + ", which the template does not declare (add \"## model $" + root + " <class>\")"
                        + " and the host does not provide");
            }
            return Object.class;
        }
        Type type = variables.get(root);
        for (Node member : members) {
            Class<?> receiver = MemberResolver.rawClass(type);
            if (receiver == Object.class) {
                return Object.class;
            }
            String call = shown + "." + describe(member);
            List<Method> candidates = candidates(receiver, member, call, reference);
            if (candidates.isEmpty()) {
                return Object.class;
            }
            checkAllowlisted(receiver, candidates, call, reference);
            type = MemberResolver.returnType(type, candidates.get(0));
            shown = call;
        }
        return type;
    }

    private List<Method> candidates(Class<?> receiver, Node member, String call, Node where) {
        String name = VelocityNodes.memberName(member);
        Supplier<List<Method>> lookup = member instanceof ASTMethod method
                ? () -> MemberResolver.methods(receiver, name, VelocityNodes.arity(method))
                : () -> MemberResolver.property(receiver, name).map(List::of).orElse(List.of());
        try {
            List<Method> candidates = lookup.get();
            if (candidates.isEmpty()) {
                report(CheckId.VELOCITY_TEMPLATE, where, call + ": " + receiver.getName() + (member instanceof ASTMethod method
                        ? " has no public method " + name + " taking " + VelocityNodes.arity(method) + " argument(s)"
                        : " has no property " + name + " (no public get" + capitalize(name) + "(), is"
                        + capitalize(name) + "() or " + name + "())"));
            }
            return candidates;
        } catch (LinkageError e) {
            report(CheckId.VELOCITY_TEMPLATE, where, call + ": the methods of " + receiver.getName()
                    + " cannot be inspected: " + JarClasses.whyNotLoadable(e));
            return List.of();
        }
    }

    /** A call that reaches a method the app itself declares must be in the descriptor's velocity-allowlist. */
    private void checkAllowlisted(Class<?> receiver, List<Method> candidates, String call, Node where) {
        boolean appMethod = candidates.stream().anyMatch(m -> classes.isFromJar(m.getDeclaringClass()));
        if (appMethod && candidates.stream().noneMatch(m -> allowlist.allows(m, receiver))) {
            report(CheckId.VELOCITY_ALLOWLIST, where, call + " calls " + VelocityAllowlist.signature(candidates.get(0))
                    + ", which <velocity-allowlist> does not list, so Jira would block it: add <method>"
                    + VelocityAllowlist.signature(candidates.get(0)) + "</method>");
        }
    }

    private void report(CheckId check, Node where, String message) {
        problems.add(new Problem(check, path + ":" + where.getLine(), message));
    }

    private static String describe(Node member) {
        return member instanceof ASTMethod method
                ? VelocityNodes.memberName(member) + (VelocityNodes.arity(method) == 0 ? "()" : "(...)")
                : VelocityNodes.memberName(member);
    }

    private static String capitalize(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
