package io.paydesk.app.partner.jira;

import io.paydesk.app.partner.PartnerAdmin;
import io.paydesk.app.platform.jira.AdminPages;
import io.paydesk.core.common.Outcome;
import io.paydesk.core.common.Refusal;
import io.paydesk.core.partner.PartnerBank;
import io.paydesk.core.partner.PartnerProfileForm;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * {@code /plugins/servlet/paydesk/admin/partners}: Jira administrators keep the partner-bank profiles.
 * Anonymous users go to the login page, other users get 403, every POST must carry Jira's XSRF token.
 */
@Named
public class PartnerAdminServlet extends HttpServlet {

    static final String TEMPLATE = "templates/admin/partners.vm";
    static final String PATH = "/plugins/servlet/paydesk/admin/partners";

    private final PartnerAdmin admin;
    private final AdminPages pages;

    @Inject
    public PartnerAdminServlet(PartnerAdmin admin, AdminPages pages) {
        this.admin = admin;
        this.pages = pages;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!pages.admitsAdministrator(request, response)) {
            return;
        }
        PartnerProfileForm form = admin.formFor(Optional.ofNullable(request.getParameter("edit")));
        String saved = Optional.ofNullable(request.getParameter("saved")).orElse("");
        render(request, response, HttpServletResponse.SC_OK, form, List.of(), saved);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!pages.admitsAdministrator(request, response) || !pages.hasValidToken(request, response)) {
            return;
        }
        PartnerProfileForm form = PartnerAdmin.form(request::getParameter);
        Outcome<PartnerBank> outcome = admin.save(form);
        if (outcome instanceof Outcome.Refused<PartnerBank> refused) {
            render(request, response, HttpServletResponse.SC_BAD_REQUEST, form, refused.refusals(), "");
            return;
        }
        String name = URLEncoder.encode(outcome.orElseThrow().name(), StandardCharsets.UTF_8);
        response.sendRedirect(request.getContextPath() + PATH + "?saved=" + name);
    }

    private void render(HttpServletRequest request, HttpServletResponse response, int status, PartnerProfileForm form,
                        List<Refusal> refusals, String savedName) throws IOException {
        pages.render(request, response, status, TEMPLATE,
                admin.view(form, refusals, savedName, pages.locale(), pages.texts()));
    }
}
