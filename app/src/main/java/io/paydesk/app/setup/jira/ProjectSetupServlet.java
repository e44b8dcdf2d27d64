package io.paydesk.app.setup.jira;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.xsrf.XsrfTokenGenerator;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import io.paydesk.app.platform.jira.JiraTexts;
import io.paydesk.app.setup.ProjectSetupAdmin;
import io.paydesk.app.setup.ProjectSetupView;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
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
    private final UserManager users;
    private final LoginUriProvider login;
    private final XsrfTokenGenerator xsrf;
    private final TemplateRenderer renderer;
    private final JiraAuthenticationContext authentication;

    @Inject
    public ProjectSetupServlet(ProjectSetupAdmin admin, @ComponentImport UserManager users,
                               @ComponentImport LoginUriProvider login, @ComponentImport XsrfTokenGenerator xsrf,
                               @ComponentImport TemplateRenderer renderer,
                               @ComponentImport JiraAuthenticationContext authentication) {
        this.admin = admin;
        this.users = users;
        this.login = login;
        this.xsrf = xsrf;
        this.renderer = renderer;
        this.authentication = authentication;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!isAdmin(request, response)) {
            return;
        }
        JiraTexts texts = new JiraTexts(authentication.getI18nHelper());
        Optional<String> project = Optional.ofNullable(request.getParameter("project"));
        ProjectSetupView page = project.isPresent() && request.getParameter("preview") != null
                ? admin.preview(project.get(), texts)
                : admin.choose(project, texts);
        render(request, response, page.hasError() ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_OK, page);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!isAdmin(request, response)) {
            return;
        }
        if (!xsrf.validateToken(request, request.getParameter("atl_token"))) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN,
                    authentication.getI18nHelper().getText("paydesk.error.xsrf", (Object) new String[0]));
            return;
        }
        ProjectSetupView page = admin.install(request.getParameter("project"),
                new JiraTexts(authentication.getI18nHelper()));
        render(request, response, page.hasError() ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_OK, page);
    }

    private boolean isAdmin(HttpServletRequest request, HttpServletResponse response) throws IOException {
        UserKey user = users.getRemoteUserKey(request);
        if (user == null) {
            URI back = URI.create(request.getRequestURI());
            response.sendRedirect(login.getLoginUri(back).toASCIIString());
            return false;
        }
        if (!users.isAdmin(user)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN,
                    authentication.getI18nHelper().getText("paydesk.error.adminOnly", (Object) new String[0]));
            return false;
        }
        return true;
    }

    private void render(HttpServletRequest request, HttpServletResponse response, int status, ProjectSetupView page)
            throws IOException {
        Map<String, Object> context = new HashMap<>();
        context.put("page", page);
        context.put("atl_token", xsrf.generateToken(request));
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        renderer.render(TEMPLATE, context, response.getWriter());
    }
}
