package io.paydesk.sandbox.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code /}: the queue when signed in, the sign-in page otherwise; anything else is not found. */
final class RootServlet extends HttpServlet {

    private final SessionUser sessions;

    RootServlet(SessionUser sessions) {
        this.sessions = sessions;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI();
        if (!path.equals("/")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.sendRedirect(sessions.current(request).isPresent() ? "/queue" : "/login");
    }
}
