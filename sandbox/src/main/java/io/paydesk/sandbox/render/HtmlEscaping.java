package io.paydesk.sandbox.render;

import org.apache.velocity.app.event.ReferenceInsertionEventHandler;

/**
 * Jira's rule for Velocity output in plugin templates (web panels and the template renderer, both rendered
 * by Atlassian's template renderer), applied by the sandbox so a value is escaped exactly once in both
 * hosts. Every reference inserted into the page is HTML-escaped except:
 * <ul>
 *   <li>a scalar reference (no dot) whose name ends in {@code html} in any case ({@code $bodyHtml}), or is
 *       {@code xHtmlContent}, {@code body} or {@code head};</li>
 *   <li>a method or property whose name ends in {@code html} in any case, or starts with {@code render} or
 *       {@code getRender} ({@code $panel.rowsHtml()}, {@code $issue.descriptionHtml});</li>
 *   <li>every reference of a template that contains {@code #disable_html_escaping()};</li>
 *   <li>null (nothing is printed).</li>
 * </ul>
 * {@code $!ref} and {@code ${ref}} are judged like {@code $ref}. Directives insert nothing and are not
 * affected; a value set with {@code #set} is escaped when it is printed. Jira also honours
 * {@code @HtmlSafe} annotations; Paydesk does not use them, so the sandbox does not model them.
 */
public final class HtmlEscaping implements ReferenceInsertionEventHandler {

    private final boolean enabled;

    public HtmlEscaping(boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    public Object referenceInsert(String reference, Object value) {
        if (value == null || !enabled || isHtmlSafe(reference)) {
            return value;
        }
        return escape(value.toString());
    }

    static boolean isHtmlSafe(String reference) {
        String name = reference.replaceAll("[${}!]", "");
        int call = name.lastIndexOf('(');
        if (call >= 0) {
            name = name.substring(0, nestingStart(name, call));
        }
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return endsWithHtml(name) || name.equals("xHtmlContent") || name.equals("body") || name.equals("head");
        }
        String member = name.substring(dot + 1);
        return endsWithHtml(member) || member.startsWith("render") || member.startsWith("getRender");
    }

    private static boolean endsWithHtml(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).endsWith("html");
    }

    /** The start of the last method's argument list, so arguments with dots do not confuse the name. */
    private static int nestingStart(String name, int lastOpen) {
        int depth = 0;
        for (int i = name.length() - 1; i >= 0; i--) {
            char c = name.charAt(i);
            if (c == ')') {
                depth++;
            } else if (c == '(') {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return lastOpen;
    }

    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
