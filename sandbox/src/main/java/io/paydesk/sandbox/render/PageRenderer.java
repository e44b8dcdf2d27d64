package io.paydesk.sandbox.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.log.NullLogChute;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;

/**
 * Renders Velocity templates from the class path the way Jira renders a plugin's templates: Velocity 1.x,
 * HTML escaping by Jira's rule ({@link HtmlEscaping}), and the app's velocity allowlist enforced.
 * References must resolve (strict mode), so a template mistake fails loudly here instead of rendering blank.
 */
public final class PageRenderer {

    private final VelocityEngine engine = new VelocityEngine();
    private final Map<String, Boolean> escapingDisabled = new ConcurrentHashMap<>();

    public PageRenderer(VelocityAllowlist allowlist) {
        Properties settings = new Properties();
        settings.setProperty(RuntimeConstants.RESOURCE_LOADER, "class");
        settings.setProperty("class.resource.loader.class", ClasspathResourceLoader.class.getName());
        settings.setProperty("class.resource.loader.cache", "true");
        settings.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
        settings.setProperty(RuntimeConstants.OUTPUT_ENCODING, "UTF-8");
        settings.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
        settings.setProperty(RuntimeConstants.UBERSPECT_CLASSNAME, AllowlistUberspect.class.getName());
        settings.setProperty("userdirective", DisableHtmlEscapingDirective.class.getName());
        settings.setProperty(RuntimeConstants.RUNTIME_LOG_LOGSYSTEM_CLASS, NullLogChute.class.getName());
        engine.setApplicationAttribute(AllowlistUberspect.ATTRIBUTE, allowlist);
        engine.init(settings);
    }

    public String render(String templatePath, Map<String, Object> values) {
        Template template = engine.getTemplate(templatePath, "UTF-8");
        VelocityContext context = new VelocityContext(new java.util.HashMap<>(values));
        EventCartridge events = new EventCartridge();
        events.addEventHandler(new HtmlEscaping(!escapingDisabled.computeIfAbsent(templatePath, this::optsOut)));
        events.attachToContext(context);
        StringWriter out = new StringWriter();
        template.merge(context, out);
        return out.toString();
    }

    private boolean optsOut(String templatePath) {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(templatePath)) {
            if (in == null) {
                throw new IllegalArgumentException("no template " + templatePath);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .contains("#" + DisableHtmlEscapingDirective.NAME + "()");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
