package io.paydesk.app.sla.jira;

import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.paydesk.app.platform.jira.AdminPages;
import io.paydesk.app.sla.admin.SlaAdmin;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code /plugins/servlet/paydesk/admin/sla}: Jira administrators keep the business calendars and SLA
 * policies, preview due times, export and import them. Anonymous users go to the login page, other users get
 * 403, every POST must carry Jira's XSRF token; {@code ?export=json} downloads the document.
 */
@Named
public class SlaAdminServlet extends HttpServlet {

    static final String TEMPLATE = "templates/admin/sla.vm";
    static final String PATH = "/plugins/servlet/paydesk/admin/sla";

    private final SlaAdmin admin;
    private final AdminPages pages;
    private final TimeZoneManager timeZones;

    @Inject
    public SlaAdminServlet(SlaAdmin admin, AdminPages pages, @ComponentImport TimeZoneManager timeZones) {
        this.admin = admin;
        this.pages = pages;
        this.timeZones = timeZones;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!pages.admitsAdministrator(request, response)) {
            return;
        }
        if ("json".equals(request.getParameter("export"))) {
            response.setContentType("application/json;charset=UTF-8");
            response.setHeader("Content-Disposition", "attachment; filename=\"paydesk-sla.json\"");
            response.getOutputStream().write(admin.export().getBytes(StandardCharsets.UTF_8));
            return;
        }
        pages.render(request, response, HttpServletResponse.SC_OK, TEMPLATE, admin.page(request::getParameter, viewer()));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!pages.admitsAdministrator(request, response) || !pages.hasValidToken(request, response)) {
            return;
        }
        SlaAdmin.Reply reply = admin.post(request::getParameter, viewer());
        if (reply.redirects()) {
            response.sendRedirect(request.getContextPath() + PATH + "?" + reply.redirectQuery());
            return;
        }
        pages.render(request, response, reply.status(), TEMPLATE, reply.view());
    }

    private SlaAdmin.Viewer viewer() {
        return new SlaAdmin.Viewer(pages.locale(), timeZones.getLoggedInUserTimeZone().toZoneId(), pages.texts());
    }
}
