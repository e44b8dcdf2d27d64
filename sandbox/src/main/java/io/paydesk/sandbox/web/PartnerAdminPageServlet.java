package io.paydesk.sandbox.web;

import io.paydesk.app.partner.PartnerAdmin;
import io.paydesk.core.common.Outcome;
import io.paydesk.core.common.Refusal;
import io.paydesk.core.partner.PartnerBank;
import io.paydesk.core.partner.PartnerProfileForm;
import io.paydesk.sandbox.host.HostUser;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The app's partner-bank administration page at Jira's URL, for the sandbox's administrator: the same
 * {@link PartnerAdmin} service and template as in Jira, behind the sandbox's sign-in and XSRF checks.
 */
final class PartnerAdminPageServlet extends HttpServlet {

    static final String PATH = "/plugins/servlet/paydesk/admin/partners";
    private static final String TEMPLATE = "templates/admin/partners.vm";

    private final Pages pages;
    private final PartnerAdmin admin;

    PartnerAdminPageServlet(Pages pages, PartnerAdmin admin) {
        this.pages = pages;
        this.admin = admin;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<HostUser> viewer = pages.administrator(request, response);
        if (viewer.isEmpty()) {
            return;
        }
        PartnerProfileForm form = admin.formFor(Optional.ofNullable(request.getParameter("edit")));
        render(request, response, viewer.get(), 200, form, List.of(),
                Optional.ofNullable(request.getParameter("saved")).orElse(""));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<HostUser> viewer = pages.administrator(request, response);
        if (viewer.isEmpty()) {
            return;
        }
        if (!pages.hasValidToken(request, response, viewer.get())) {
            return;
        }
        PartnerProfileForm form = PartnerAdmin.form(request::getParameter);
        Outcome<PartnerBank> outcome = admin.save(form);
        if (outcome instanceof Outcome.Refused<PartnerBank> refused) {
            render(request, response, viewer.get(), 400, form, refused.refusals(), "");
            return;
        }
        response.sendRedirect(PATH + "?saved=" + URLEncoder.encode(outcome.orElseThrow().name(), StandardCharsets.UTF_8));
    }


    private void render(HttpServletRequest request, HttpServletResponse response, HostUser viewer, int status,
                        PartnerProfileForm form, List<Refusal> refusals, String saved) throws IOException {
        pages.adminPage(request, response, viewer, status, TEMPLATE,
                admin.view(form, refusals, saved, viewer.language(), pages.i18n(viewer.language())));
    }
}
