package io.paydesk.sandbox.web;

import io.paydesk.sandbox.render.PluginDescriptor;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;

/**
 * Static files: the sandbox's AUI copy under {@code /static/}, and the app's web-resource downloads under
 * {@code /download/resources/<plugin key>:<module key>/<name>}, the URL shape Jira uses.
 */
final class AssetServlet extends HttpServlet {

    private static final Map<String, String> TYPES = Map.of("css", "text/css", "js", "text/javascript",
            "svg", "image/svg+xml", "woff", "font/woff", "ttf", "font/ttf", "eot", "application/vnd.ms-fontobject",
            "png", "image/png");

    private final PluginDescriptor descriptor;

    AssetServlet(PluginDescriptor descriptor) {
        this.descriptor = descriptor;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        Optional<String> resource = request.getServletPath().equals("/static")
                ? staticFile(path)
                : webResourceFile(path);
        if (resource.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource.get())) {
            if (in == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            String extension = resource.get().substring(resource.get().lastIndexOf('.') + 1);
            response.setContentType(TYPES.getOrDefault(extension, "application/octet-stream"));
            response.setHeader("Cache-Control", "max-age=3600");
            in.transferTo(response.getOutputStream());
        }
    }

    private static Optional<String> staticFile(String path) {
        return path.contains("..") || path.isEmpty() ? Optional.empty() : Optional.of("sandbox-static" + path);
    }

    private Optional<String> webResourceFile(String path) {
        String prefix = "/" + descriptor.pluginKey() + ":";
        if (!path.startsWith(prefix)) {
            return Optional.empty();
        }
        String[] moduleAndName = path.substring(prefix.length()).split("/", 2);
        if (moduleAndName.length != 2) {
            return Optional.empty();
        }
        return descriptor.webResources().stream()
                .filter(m -> m.key().equals(moduleAndName[0]))
                .flatMap(m -> m.downloads().stream())
                .filter(d -> d[0].equals(moduleAndName[1]))
                .map(d -> d[1])
                .findFirst();
    }
}
