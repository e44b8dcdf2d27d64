package io.paydesk.sandbox.web;

import io.paydesk.sandbox.host.HostI18n;
import io.paydesk.sandbox.host.HostUser;
import io.paydesk.sandbox.host.Role;
import io.paydesk.sandbox.render.HtmlEscaping;
import io.paydesk.sandbox.render.PageRenderer;
import io.paydesk.sandbox.render.PluginDescriptor;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** Renders a sandbox page: its body template inside the AUI page chrome, in the viewer's language. */
final class Pages {

    static final List<String> BUNDLES = List.of("io.paydesk.sandbox.i18n.sandbox");
    static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.of("ru"), Locale.of("uz"), Locale.of("uk"),
            Locale.of("pl"));

    private final PageRenderer renderer;
    private final PluginDescriptor descriptor;
    private final SessionUser sessions;

    Pages(PageRenderer renderer, PluginDescriptor descriptor, SessionUser sessions) {
        this.renderer = renderer;
        this.descriptor = descriptor;
        this.sessions = sessions;
    }

    HostI18n i18n(Locale locale) {
        List<String> names = new java.util.ArrayList<>(descriptor.i18nBundles());
        names.addAll(BUNDLES);
        return new HostI18n(locale, names);
    }

    /**
     * The signed-in viewer if {@code allowed}; otherwise empty, with the response sent: the sign-in page for
     * nobody, 403 with {@code forbiddenKey}'s text for anyone else.
     */
    Optional<HostUser> viewer(HttpServletRequest request, HttpServletResponse response, Predicate<HostUser> allowed,
                              String forbiddenKey) throws IOException {
        Optional<HostUser> viewer = sessions.signedInOrRedirect(request, response);
        if (viewer.isPresent() && !allowed.test(viewer.get())) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, i18n(viewer.get().language()).getText(forbiddenKey));
            return Optional.empty();
        }
        return viewer;
    }

    /** True when a state-changing POST carries the session's XSRF token; otherwise 403 is sent. */
    boolean hasValidToken(HttpServletRequest request, HttpServletResponse response, HostUser viewer) throws IOException {
        if (sessions.hasValidXsrfToken(request)) {
            return true;
        }
        response.sendError(HttpServletResponse.SC_FORBIDDEN, i18n(viewer.language()).getText("paydesk.error.xsrf"));
        return false;
    }

    /** The signed-in administrator; anyone else gets the sign-in page or 403, as {@link #viewer} sends them. */
    Optional<HostUser> administrator(HttpServletRequest request, HttpServletResponse response) throws IOException {
        return viewer(request, response, user -> user.role() == Role.ADMIN, "paydesk.error.adminOnly");
    }

    /**
     * An app administration page, as Jira shows one: the app's template rendered with {@code $page}, the form
     * token {@code $atl_token} and {@code $i18n} in the administrator's language, inside the admin chrome.
     */
    void adminPage(HttpServletRequest request, HttpServletResponse response, HostUser administrator, int status,
                   String template, Object page) throws IOException {
        String html = renderer.render(template, Map.of(
                "page", page,
                "atl_token", sessions.xsrfToken(request),
                "i18n", i18n(administrator.language())));
        decorate(request, response, Optional.of(administrator), status, html, "atl.admin");
    }

    /** The web resources the app declares for a page context, as Jira's web resource manager includes them. */
    String webResourcesHtml(String pageContext) {
        StringBuilder html = new StringBuilder();
        for (PluginDescriptor.WebResourceModule module : descriptor.webResources()) {
            if (!module.contexts().contains(pageContext)) {
                continue;
            }
            for (String[] download : module.downloads()) {
                String url = "/download/resources/" + descriptor.pluginKey() + ":" + module.key() + "/" + download[0];
                html.append(download[0].endsWith(".css")
                        ? "<link rel=\"stylesheet\" href=\"" + url + "\">\n"
                        : "<script src=\"" + url + "\"></script>\n");
            }
        }
        return html.toString();
    }

    void render(HttpServletRequest request, HttpServletResponse response, Optional<HostUser> viewer, int status,
                String titleKey, String bodyTemplate, Map<String, Object> model, String pageContext) throws IOException {
        HostI18n i18n = i18n(locale(request, viewer));
        Map<String, Object> body = new HashMap<>(model);
        body.put("i18n", i18n);
        body.put("token", sessions.xsrfToken(request));
        write(request, response, viewer, status, HtmlEscaping.escape(i18n.getText(titleKey)),
                renderer.render(bodyTemplate, body), pageContext);
    }

    /** An app page rendered as a whole HTML document, placed in the chrome as Jira's decorator does. */
    void decorate(HttpServletRequest request, HttpServletResponse response, Optional<HostUser> viewer, int status,
                  String appPage, String pageContext) throws IOException {
        write(request, response, viewer, status, Decorator.title(appPage), Decorator.body(appPage), pageContext);
    }

    private Locale locale(HttpServletRequest request, Optional<HostUser> viewer) {
        return viewer.map(HostUser::language).or(() -> sessions.language(request)).orElse(Locale.ENGLISH);
    }

    private void write(HttpServletRequest request, HttpServletResponse response, Optional<HostUser> viewer, int status,
                       String titleHtml, String bodyHtml, String pageContext) throws IOException {
        Locale locale = locale(request, viewer);
        HostI18n i18n = i18n(locale);
        Map<String, Object> layout = new HashMap<>();
        layout.put("i18n", i18n);
        layout.put("titleHtml", titleHtml);
        layout.put("administrator", viewer.map(u -> u.role() == Role.ADMIN).orElse(false));
        layout.put("partnerUser", viewer.map(u -> u.role() == Role.PARTNER).orElse(false));
        layout.put("raisesRequests", viewer.map(RequestIntakeServlet::raisesAny).orElse(false));
        layout.put("viewer", viewer.orElse(null));
        layout.put("signedIn", viewer.isPresent());
        layout.put("roleLabel", viewer.map(u -> i18n.getText(u.role().i18nKey())).orElse(""));
        layout.put("token", sessions.xsrfToken(request));
        layout.put("languages", LANGUAGES.stream()
                .map(l -> new LanguageOption(l.getLanguage(), l.getDisplayLanguage(l))).toList());
        layout.put("language", locale.getLanguage());
        layout.put("resourcesHtml", webResourcesHtml(pageContext));
        layout.put("bodyHtml", bodyHtml);
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("X-Frame-Options", "DENY");
        response.getWriter().write(renderer.render("sandbox-templates/layout.vm", layout));
    }
}
