package io.paydesk.sandbox.web;

import io.paydesk.sandbox.host.HostDirectory;
import io.paydesk.sandbox.host.HostUser;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code /login}: pick who to be (every role of the sample world); {@code POST /logout} signs out. */
final class SignInServlet extends HttpServlet {

    private final Pages pages;
    private final SessionUser sessions;
    private final HostDirectory directory;

    SignInServlet(Pages pages, SessionUser sessions, HostDirectory directory) {
        this.pages = pages;
        this.sessions = sessions;
        this.directory = directory;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<HostUser> users = directory.users();
        Map<Integer, String> organizations = directory.organizations();
        var i18n = pages.i18n(sessions.language(request).orElse(java.util.Locale.ENGLISH));
        List<UserChoice> choices = users.stream().map(u -> new UserChoice(u.username(), u.displayName(),
                i18n.getText(u.role().i18nKey()), u.role().isAgent(),
                u.organizationId().map(organizations::get).orElse(""))).toList();
        pages.render(request, response, Optional.empty(), 200, "sandbox.login.title", "sandbox-templates/login.vm",
                Map.of("agents", choices.stream().filter(UserChoice::agent).toList(),
                        "partners", choices.stream().filter(c -> !c.agent()).toList()), "sandbox.login");
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!sessions.hasValidXsrfToken(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "XSRF check failed: reload the page and try again");
            return;
        }
        if (request.getServletPath().equals("/logout")) {
            sessions.signOut(request);
            response.sendRedirect("/login");
            return;
        }
        String username = request.getParameter("username");
        if (username == null || directory.user(username).isEmpty()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "username: no such sandbox user '" + username + "'");
            return;
        }
        sessions.signIn(request, username);
        response.sendRedirect("/queue");
    }
}
