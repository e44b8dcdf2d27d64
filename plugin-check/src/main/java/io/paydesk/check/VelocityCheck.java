package io.paydesk.check;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * (h) Templates parse; their {@code ## model} declarations name loadable classes; every method they call exists on
 * the declared type; every call on the app's own classes is in the velocity-allowlist, and every allowlist entry
 * names a public method of a class in the jar.
 */
final class VelocityCheck implements JarCheck {

    @Override
    public List<Problem> check(PluginJar jar) {
        List<Problem> problems = new ArrayList<>();
        VelocityAllowlist allowlist = VelocityAllowlist.read(jar, problems);
        for (ParsedTemplate template : jar.templates()) {
            template.error().ifPresent(error -> problems.add(
                    new Problem(CheckId.VELOCITY_TEMPLATE, template.path(), template.path() + " " + error)));
            Map<String, Type> declared = declaredModel(jar, template, problems);
            template.ast().ifPresent(ast -> problems.addAll(
                    new TemplateWalker(jar.classes(), allowlist, template.path(), declared).walk(ast)));
        }
        return problems;
    }

    private static Map<String, Type> declaredModel(PluginJar jar, ParsedTemplate template, List<Problem> problems) {
        Map<String, Type> declared = new LinkedHashMap<>();
        for (TemplateModel.Declaration declaration : TemplateModel.declarations(template.text())) {
            String where = template.path() + ":" + declaration.line();
            if (declaration.malformed()) {
                problems.add(new Problem(CheckId.VELOCITY_TEMPLATE, where, "\"" + declaration.text()
                        + "\" is not \"## model $variable fully.qualified.Class\""));
                continue;
            }
            Type type = Object.class;
            try {
                type = jar.classes().load(declaration.className());
            } catch (ClassNotFoundException | LinkageError e) {
                problems.add(new Problem(CheckId.VELOCITY_TEMPLATE, where, "$" + declaration.variable()
                        + " is declared as " + declaration.className()
                        + ", which is neither in the jar nor in the host API"));
            }
            Type previous = declared.put(declaration.variable(), type);
            if (previous != null && !previous.equals(type)) {
                problems.add(new Problem(CheckId.VELOCITY_TEMPLATE, where, "$" + declaration.variable()
                        + " is declared twice, as " + previous.getTypeName() + " and " + type.getTypeName()));
            }
        }
        return declared;
    }
}
