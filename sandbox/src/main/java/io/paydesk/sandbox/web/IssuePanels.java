package io.paydesk.sandbox.web;

import io.paydesk.sandbox.host.HostI18n;
import io.paydesk.sandbox.host.HostRequest;
import io.paydesk.sandbox.host.HostUser;
import io.paydesk.sandbox.render.PageRenderer;
import io.paydesk.sandbox.render.PluginDescriptor;
import java.util.HashMap;
import java.util.Map;

/**
 * Renders the app's web panels at an issue-view location, as Jira does: each {@code <web-panel>} of the
 * descriptor, in weight order, its Velocity view with the context its provider builds. The sandbox cannot
 * run the Jira {@code ContextProvider} (it takes a Jira issue), so each panel key maps to the same app
 * service the provider delegates to, fed with the host's request snapshot.
 */
public final class IssuePanels {

    /** Builds a panel's Velocity context from the sandbox's request, as the panel's context provider would. */
    @FunctionalInterface
    public interface PanelContext {
        Map<String, Object> build(HostRequest request, HostUser viewer, HostI18n texts);
    }

    private final PluginDescriptor descriptor;
    private final PageRenderer renderer;
    private final Map<String, PanelContext> contexts;

    public IssuePanels(PluginDescriptor descriptor, PageRenderer renderer, Map<String, PanelContext> contexts) {
        this.descriptor = descriptor;
        this.renderer = renderer;
        this.contexts = Map.copyOf(contexts);
        for (PluginDescriptor.WebPanelModule panel : descriptor.webPanels()) {
            if (!this.contexts.containsKey(panel.key())) {
                throw new IllegalStateException("web-panel " + panel.key() + " has no sandbox context");
            }
        }
    }

    /** The panels' HTML, escaped by the renderer already. */
    public String renderHtml(String location, HostRequest request, HostUser viewer, HostI18n i18n, String xsrfToken) {
        StringBuilder html = new StringBuilder();
        for (PluginDescriptor.WebPanelModule panel : descriptor.webPanelsAt(location)) {
            Map<String, Object> context = new HashMap<>(contexts.get(panel.key()).build(request, viewer, i18n));
            context.put("i18n", i18n);
            context.put("xsrfToken", xsrfToken);
            Map<String, Object> module = new HashMap<>();
            module.put("key", panel.key());
            module.put("label", i18n.getText(panel.labelKey()));
            module.put("contentHtml", renderer.render(panel.template(), context));
            html.append(renderer.render("sandbox-templates/web-panel.vm", module));
        }
        return html.toString();
    }
}
