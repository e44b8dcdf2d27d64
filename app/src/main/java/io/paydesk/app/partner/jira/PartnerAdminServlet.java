package io.paydesk.app.partner.jira;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.xsrf.XsrfTokenGenerator;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import io.paydesk.app.partner.PartnerAdmin;
import io.paydesk.app.platform.jira.JiraTexts;
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
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    private final UserManager users;
    private final LoginUriProvider login;
    private final XsrfTokenGenerator xsrf;
    private final TemplateRenderer renderer;
    private final JiraAuthenticationContext authentication;

    @Inject
    public PartnerAdminServlet(PartnerAdmin admin, @ComponentImport UserManager users,
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
        PartnerProfileForm form = admin.formFor(Optional.ofNullable(request.getParameter("edit")));
        String saved = Optional.ofNullable(request.getParameter("saved")).orElse("");
        render(request, response, HttpServletResponse.SC_OK, form, List.of(), saved);
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
        PartnerProfileForm form = PartnerAdmin.form(request::getParameter);
        Outcome<PartnerBank> outcome = admin.save(form);
        if (outcome instanceof Outcome.Refused<PartnerBank> refused) {
            render(request, response, HttpServletResponse.SC_BAD_REQUEST, form, refused.refusals(), "");
            return;
        }
        String name = URLEncoder.encode(outcome.orElseThrow().name(), StandardCharsets.UTF_8);
        response.sendRedirect(request.getContextPath() + PATH + "?saved=" + name);
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

    private void render(HttpServletRequest request, HttpServletResponse response, int status, PartnerProfileForm form,
                        List<Refusal> refusals, String savedName) throws IOException {
        Map<String, Object> context = new HashMap<>();
        context.put("page", admin.view(form, refusals, savedName, authentication.getLocale(),
                new JiraTexts(authentication.getI18nHelper())));
        context.put("atl_token", xsrf.generateToken(request));
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        renderer.render(TEMPLATE, context, response.getWriter());
    }
}
