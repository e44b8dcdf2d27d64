package com.atlassian.templaterenderer;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/** Javadoc: https://docs.atlassian.com/atlassian-template-renderer/1.5.2/apidocs/com/atlassian/templaterenderer/TemplateRenderer.html */
public interface TemplateRenderer {
    void render(String templateName, Map<String, Object> context, Writer writer) throws RenderingException, IOException;
}
