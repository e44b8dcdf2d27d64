package io.paydesk.sandbox.web;

import io.paydesk.sandbox.host.HostRequest;
import io.paydesk.sandbox.host.HostRequests;
import io.paydesk.sandbox.host.HostUser;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;

/**
 * The host's workflow transition, for agents: move a request to another status (Jira's transition buttons).
 * The change is published as an issue event, so the app's SLA clocks pause, resume or stop on it.
 */
final class TransitionServlet extends HttpServlet {

    static final String PATH = "/transition";

    private final Pages pages;
    private final HostRequests requests;
    private final Clock clock;

    TransitionServlet(Pages pages, HostRequests requests, Clock clock) {
        this.pages = pages;
        this.requests = requests;
        this.clock = clock;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<HostUser> viewer = pages.viewer(request, response, u -> u.role().isAgent(), "sandbox.portal.agentsOnly");
        if (viewer.isEmpty() || !pages.hasValidToken(request, response, viewer.get())) {
            return;
        }
        String issueKey = Optional.ofNullable(request.getParameter("issueKey")).orElse("");
        if (requests.find(issueKey, viewer.get()).isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String status = Optional.ofNullable(request.getParameter("status")).orElse("");
        if (!HostRequest.STATUSES.contains(status)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "status: '" + status + "' is not a status of this workflow");
            return;
        }
        requests.changeStatus(issueKey, status, clock.instant());
        response.sendRedirect("/browse/" + issueKey);
    }
}
