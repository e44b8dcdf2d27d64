package io.paydesk.app.setup.jira;

import io.paydesk.app.platform.jira.AdminPages;
import io.paydesk.app.setup.ProjectSetupAdmin;
import io.paydesk.app.setup.ProjectSetupView;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * {@code /plugins/servlet/paydesk/admin/setup}: Jira administrators install Paydesk into a service project.
 * GET lists the projects, and with {@code preview} shows the plan without changing anything; POST installs and
 * must carry Jira's XSRF token. Anonymous users go to the login page, other users get 403.
 */
@Named
public class ProjectSetupServlet extends HttpServlet {

    static final String TEMPLATE = "templates/admin/setup.vm";
    static final String PATH = "/plugins/servlet/paydesk/admin/setup";

    private final ProjectSetupAdmin admin;
    private final AdminPages pages;

    @Inject
    public ProjectSetupServlet(ProjectSetupAdmin admin, AdminPages pages) {
        this.admin = admin;
        this.pages = pages;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!pages.admitsAdministrator(request, response)) {
            return;
        }
        Optional<String> project = Optional.ofNullable(request.getParameter("project"));
        ProjectSetupView page = project.isPresent() && request.getParameter("preview") != null
                ? admin.preview(project.get(), pages.texts())
                : admin.choose(project, pages.texts());
        render(request, response, page);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!pages.admitsAdministrator(request, response) || !pages.hasValidToken(request, response)) {
            return;
        }
        render(request, response, admin.install(request.getParameter("project"), request.getParameter("portalGroup"),
                pages.texts()));
    }

    private void render(HttpServletRequest request, HttpServletResponse response, ProjectSetupView page)
            throws IOException {
        pages.render(request, response, page.status(), TEMPLATE, page);
    }
}
