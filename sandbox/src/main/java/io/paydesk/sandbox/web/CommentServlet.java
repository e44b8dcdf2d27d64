package io.paydesk.sandbox.web;

import io.paydesk.sandbox.host.HostRequests;
import io.paydesk.sandbox.host.HostUser;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;

/**
 * The host's comment box on the issue view, for anyone who may see the request: an agent's comment answers the
 * partner, a partner user's is the customer's. It is published as Jira's comment event, so the app's SLA
 * clocks see it (an agent's first comment meets the first-response goal).
 */
final class CommentServlet extends HttpServlet {

    static final String PATH = "/comment";

    private final Pages pages;
    private final HostRequests requests;
    private final Clock clock;

    CommentServlet(Pages pages, HostRequests requests, Clock clock) {
        this.pages = pages;
        this.requests = requests;
        this.clock = clock;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<HostUser> viewer = pages.viewer(request, response, user -> true, "sandbox.issue.notFound.title");
        if (viewer.isEmpty() || !pages.hasValidToken(request, response, viewer.get())) {
            return;
        }
        String issueKey = Optional.ofNullable(request.getParameter("issueKey")).orElse("");
        if (requests.find(issueKey, viewer.get()).isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String text = Optional.ofNullable(request.getParameter("comment")).orElse("");
        if (text.isBlank()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST,
                    pages.i18n(viewer.get().language()).getText("sandbox.issue.comment.empty"));
            return;
        }
        requests.comment(issueKey, viewer.get(), text, clock.instant());
        response.sendRedirect("/browse/" + issueKey);
    }
}
