package io.paydesk.sandbox.web;

import io.paydesk.app.setup.ProjectSetupAdmin;
import io.paydesk.app.setup.ProjectSetupView;
import io.paydesk.sandbox.host.HostI18n;
import io.paydesk.sandbox.host.HostUser;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * The app's project-setup page at Jira's URL, for the sandbox's administrator: the same {@link ProjectSetupAdmin}
 * and template as in Jira, behind the sandbox's sign-in and XSRF checks, on the sandbox's service-desk project.
 */
final class ProjectSetupPageServlet extends HttpServlet {

    static final String PATH = "/plugins/servlet/paydesk/admin/setup";
    private static final String TEMPLATE = "templates/admin/setup.vm";

    private final Pages pages;
    private final ProjectSetupAdmin admin;

    ProjectSetupPageServlet(Pages pages, ProjectSetupAdmin admin) {
        this.pages = pages;
        this.admin = admin;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<HostUser> viewer = pages.administrator(request, response);
        if (viewer.isEmpty()) {
            return;
        }
        HostI18n i18n = pages.i18n(viewer.get().language());
        Optional<String> project = Optional.ofNullable(request.getParameter("project"));
        ProjectSetupView page = project.isPresent() && request.getParameter("preview") != null
                ? admin.preview(project.get(), i18n)
                : admin.choose(project, i18n);
        render(request, response, viewer.get(), page);
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
        render(request, response, viewer.get(),
                admin.install(request.getParameter("project"), request.getParameter("portalGroup"),
                        pages.i18n(viewer.get().language())));
    }


    private void render(HttpServletRequest request, HttpServletResponse response, HostUser viewer,
                        ProjectSetupView view) throws IOException {
        pages.adminPage(request, response, viewer, view.status(), TEMPLATE, view);
    }
}
