package io.paydesk.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The model variables a template declares in its header comment, one a line:
 * {@code ## model $view io.paydesk.app.request.RequestContextView}.
 */
final class TemplateModel {

    private static final Pattern DECLARATION = Pattern.compile("^\\s*##\\s*model\\s+\\$([A-Za-z][\\w-]*)\\s+(\\S+)\\s*$");
    private static final Pattern DECLARATION_LIKE = Pattern.compile("^\\s*##\\s*model\\b.*$");

    /**
     * One declaration, or a malformed one (then {@code variable} and {@code className} are empty).
     *
     * @param line 1-based line in the template
     */
    record Declaration(String variable, String className, int line, String text) {

        boolean malformed() {
            return variable.isEmpty();
        }
    }

    private TemplateModel() {
    }

    static List<Declaration> declarations(String template) {
        List<Declaration> declarations = new ArrayList<>();
        List<String> lines = template.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher declaration = DECLARATION.matcher(line);
            if (declaration.matches()) {
                declarations.add(new Declaration(declaration.group(1), declaration.group(2), i + 1, line.trim()));
            } else if (DECLARATION_LIKE.matcher(line).matches()) {
                declarations.add(new Declaration("", "", i + 1, line.trim()));
            }
        }
        return declarations;
    }
}
