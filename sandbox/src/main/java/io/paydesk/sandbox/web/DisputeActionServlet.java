package io.paydesk.sandbox.web;

import io.paydesk.app.dispute.Disputes;
import io.paydesk.core.common.Outcome;
import io.paydesk.core.dispute.store.DisputeRecord;
import io.paydesk.sandbox.host.HostRequest;
import io.paydesk.sandbox.host.HostRequests;
import io.paydesk.sandbox.host.HostUser;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Where the dispute panel's forms post, for agents: record a step of the scheme's cycle, or the evidence
 * held. Then back to the issue, with the refusal shown there if the step was refused.
 */
public final class DisputeActionServlet extends HttpServlet {

    public static final String PATH = "/paydesk/dispute";

    private final Pages pages;
    private final HostRequests requests;
    private final Disputes disputes;
    private final DisputeFlash flash;

    DisputeActionServlet(Pages pages, HostRequests requests, Disputes disputes, DisputeFlash flash) {
        this.pages = pages;
        this.requests = requests;
        this.disputes = disputes;
        this.flash = flash;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<HostUser> viewer = pages.viewer(request, response, u -> u.role().isAgent(), "sandbox.portal.agentsOnly");
        if (viewer.isEmpty() || !pages.hasValidToken(request, response, viewer.get())) {
            return;
        }
        HostUser user = viewer.get();
        String issueKey = Optional.ofNullable(request.getParameter("issueKey")).orElse("");
        Optional<HostRequest> issue = requests.find(issueKey, user);
        if (issue.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        long issueId = requests.idOf(issueKey);
        Outcome<DisputeRecord> outcome = "evidence".equals(request.getParameter("form"))
                ? disputes.desk().holdEvidence(issueId, List.of(Optional.ofNullable(request.getParameterValues("evidence"))
                        .orElse(new String[0])))
                : disputes.desk().act(issueId, request.getParameter("action"), request.getParameter("date"),
                        request.getParameter("recovered"));
        if (outcome instanceof Outcome.Refused<DisputeRecord> refused) {
            flash.put(user.username(), issueKey, refused.refusals());
        }
        response.sendRedirect("/browse/" + issueKey);
    }
}
