package io.paydesk.sandbox.render;

import java.io.Writer;
import org.apache.velocity.context.InternalContextAdapter;
import org.apache.velocity.runtime.directive.Directive;
import org.apache.velocity.runtime.parser.node.Node;

/**
 * {@code #disable_html_escaping()}: Jira's opt-out for a whole template. It renders nothing; the
 * renderer sees it in the template source and turns escaping off for that template.
 */
public final class DisableHtmlEscapingDirective extends Directive {

    static final String NAME = "disable_html_escaping";

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public int getType() {
        return LINE;
    }

    @Override
    public boolean render(InternalContextAdapter context, Writer writer, Node node) {
        return true;
    }
}
