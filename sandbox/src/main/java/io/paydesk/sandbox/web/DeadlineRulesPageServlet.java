package io.paydesk.sandbox.web;

import io.paydesk.app.dispute.rules.DeadlineRulesAdmin;
import io.paydesk.app.dispute.rules.DeadlineRulesView;
import io.paydesk.core.common.Outcome;
import io.paydesk.core.dispute.deadline.DeadlineRuleBook;
import io.paydesk.sandbox.host.HostI18n;
import io.paydesk.sandbox.host.HostUser;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * The app's dispute deadline-rules page at Jira's URL, for the sandbox's administrator: the same
 * {@link DeadlineRulesAdmin} and template as in Jira, over the same Active Objects revision store, behind the
 * sandbox's sign-in and XSRF checks.
 */
final class DeadlineRulesPageServlet extends HttpServlet {

    static final String PATH = "/plugins/servlet/paydesk/admin/deadlines";
    private static final String TEMPLATE = "templates/admin/deadlines.vm";

    private final Pages pages;
    private final DeadlineRulesAdmin admin;

    DeadlineRulesPageServlet(Pages pages, DeadlineRulesAdmin admin) {
        this.pages = pages;
        this.admin = admin;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<HostUser> viewer = pages.administrator(request, response);
        if (viewer.isEmpty()) {
            return;
        }
        if (request.getParameter("download") != null) {
            response.setContentType("text/csv;charset=UTF-8");
            response.setHeader("Content-Disposition", "attachment; filename=\"" + admin.currentTableFileName() + "\"");
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.getWriter().write(admin.currentTable());
            return;
        }
        HostI18n i18n = pages.i18n(viewer.get().language());
        render(request, response, viewer.get(), admin.page(request.getParameter("published"), viewer.get().language(), i18n));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<HostUser> viewer = pages.administrator(request, response);
        if (viewer.isEmpty() || !pages.hasValidToken(request, response, viewer.get())) {
            return;
        }
        HostUser user = viewer.get();
        HostI18n i18n = pages.i18n(user.language());
        String table = request.getParameter("table");
        if (!"publish".equals(request.getParameter("action"))) {
            render(request, response, user, admin.preview(table, user.username(), user.language(), i18n));
            return;
        }
        Outcome<DeadlineRuleBook> published = admin.publish(table, user.username());
        if (published instanceof Outcome.Refused<DeadlineRuleBook> refused) {
            render(request, response, user, admin.refused(table, refused.refusals(), user.language(), i18n));
            return;
        }
        response.sendRedirect(PATH + "?published=" + published.orElseThrow().version().revision());
    }

    private void render(HttpServletRequest request, HttpServletResponse response, HostUser viewer,
                        DeadlineRulesView view) throws IOException {
        pages.adminPage(request, response, viewer, view.hasErrors() ? 400 : 200, TEMPLATE, view);
    }
}
