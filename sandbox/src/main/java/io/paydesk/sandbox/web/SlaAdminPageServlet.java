package io.paydesk.sandbox.web;

import io.paydesk.app.sla.admin.SlaAdmin;
import io.paydesk.app.sla.admin.SlaAdminView;
import io.paydesk.sandbox.host.HostUser;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The app's SLA calendars and policies page at Jira's URL, for the sandbox's administrator: the same
 * {@link SlaAdmin} service and template as in Jira, behind the sandbox's sign-in and XSRF checks; the preview
 * shows due times in the calendar's zone and the administrator's own.
 */
final class SlaAdminPageServlet extends HttpServlet {

    static final String PATH = "/plugins/servlet/paydesk/admin/sla";
    private static final String TEMPLATE = "templates/admin/sla.vm";

    private final Pages pages;
    private final SlaAdmin admin;

    SlaAdminPageServlet(Pages pages, SlaAdmin admin) {
        this.pages = pages;
        this.admin = admin;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<HostUser> viewer = pages.administrator(request, response);
        if (viewer.isEmpty()) {
            return;
        }
        if ("json".equals(request.getParameter("export"))) {
            response.setContentType("application/json;charset=UTF-8");
            response.setHeader("Content-Disposition", "attachment; filename=\"paydesk-sla.json\"");
            response.getOutputStream().write(admin.export().getBytes(StandardCharsets.UTF_8));
            return;
        }
        render(request, response, viewer.get(), 200, admin.page(request::getParameter, viewer(viewer.get())));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<HostUser> viewer = pages.administrator(request, response);
        if (viewer.isEmpty() || !pages.hasValidToken(request, response, viewer.get())) {
            return;
        }
        SlaAdmin.Reply reply = admin.post(request::getParameter, viewer(viewer.get()));
        if (reply.redirects()) {
            response.sendRedirect(PATH + "?" + reply.redirectQuery());
            return;
        }
        render(request, response, viewer.get(), reply.status(), reply.view());
    }

    private SlaAdmin.Viewer viewer(HostUser user) {
        return new SlaAdmin.Viewer(user.language(), user.zone(), pages.i18n(user.language()));
    }

    private void render(HttpServletRequest request, HttpServletResponse response, HostUser viewer, int status,
                        SlaAdminView view) throws IOException {
        pages.adminPage(request, response, viewer, status, TEMPLATE, view);
    }
}
