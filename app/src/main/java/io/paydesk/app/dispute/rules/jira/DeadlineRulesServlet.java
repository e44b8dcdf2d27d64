package io.paydesk.app.dispute.rules.jira;

import io.paydesk.app.dispute.rules.DeadlineRulesAdmin;
import io.paydesk.app.dispute.rules.DeadlineRulesView;
import io.paydesk.app.platform.jira.AdminPages;
import io.paydesk.core.common.Outcome;
import io.paydesk.core.dispute.deadline.DeadlineRuleBook;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /plugins/servlet/paydesk/admin/deadlines}: Jira administrators read and edit the dispute deadline
 * rules. GET shows the current revision and the history ({@code download} sends the current table as a file);
 * POST previews an edited table ({@code action=preview}, nothing stored) or publishes it
 * ({@code action=publish}) and must carry Jira's XSRF token. Anonymous users go to the login page, other users
 * get 403.
 */
@Named
public class DeadlineRulesServlet extends HttpServlet {

    static final String TEMPLATE = "templates/admin/deadlines.vm";
    static final String PATH = "/plugins/servlet/paydesk/admin/deadlines";

    private final DeadlineRulesAdmin admin;
    private final AdminPages pages;

    @Inject
    public DeadlineRulesServlet(DeadlineRulesAdmin admin, AdminPages pages) {
        this.admin = admin;
        this.pages = pages;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!pages.admitsAdministrator(request, response)) {
            return;
        }
        if (request.getParameter("download") != null) {
            response.setContentType("text/csv;charset=UTF-8");
            response.setHeader("Content-Disposition", "attachment; filename=\"" + admin.currentTableFileName() + "\"");
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.getWriter().write(admin.currentTable());
            return;
        }
        render(request, response, admin.page(request.getParameter("published"), pages.locale(), pages.texts()));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!pages.admitsAdministrator(request, response) || !pages.hasValidToken(request, response)) {
            return;
        }
        String table = request.getParameter("table");
        if (!"publish".equals(request.getParameter("action"))) {
            render(request, response, admin.preview(table, pages.username(), pages.locale(), pages.texts()));
            return;
        }
        Outcome<DeadlineRuleBook> published = admin.publish(table, pages.username());
        if (published instanceof Outcome.Refused<DeadlineRuleBook> refused) {
            render(request, response, admin.refused(table, refused.refusals(), pages.locale(), pages.texts()));
            return;
        }
        response.sendRedirect(request.getContextPath() + PATH + "?published="
                + published.orElseThrow().version().revision());
    }

    private void render(HttpServletRequest request, HttpServletResponse response, DeadlineRulesView page)
            throws IOException {
        pages.render(request, response, page.hasErrors() ? HttpServletResponse.SC_BAD_REQUEST : HttpServletResponse.SC_OK,
                TEMPLATE, page);
    }
}
