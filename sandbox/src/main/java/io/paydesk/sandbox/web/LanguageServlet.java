package io.paydesk.sandbox.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/** {@code POST /language}: shows the sandbox in another of the five languages for this session. */
final class LanguageServlet extends HttpServlet {

    private final SessionUser sessions;

    LanguageServlet(SessionUser sessions) {
        this.sessions = sessions;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!sessions.hasValidXsrfToken(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "XSRF check failed: reload the page and try again");
            return;
        }
        String code = request.getParameter("language");
        Locale chosen = Pages.LANGUAGES.stream().filter(l -> l.getLanguage().equals(code)).findFirst().orElse(null);
        if (chosen == null) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST,
                    "language: '" + code + "' is not one of en, ru, uz, uk, pl");
            return;
        }
        sessions.chooseLanguage(request, chosen);
        String back = request.getParameter("back");
        response.sendRedirect(back != null && back.startsWith("/") && !back.startsWith("//") ? back : "/queue");
    }
}
