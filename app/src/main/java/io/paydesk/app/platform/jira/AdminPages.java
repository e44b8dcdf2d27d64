package io.paydesk.app.platform.jira;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.xsrf.XsrfTokenGenerator;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What every Paydesk administration servlet does the same way: anonymous visitors go to Jira's login page,
 * signed-in users who are not Jira administrators get 403, a state-changing POST must carry Jira's XSRF token,
 * and pages render with the token for the next form.
 */
@Named
public class AdminPages {

    public static final String TOKEN_FIELD = "atl_token";

    private final UserManager users;
    private final LoginUriProvider login;
    private final XsrfTokenGenerator xsrf;
    private final TemplateRenderer renderer;
    private final JiraAuthenticationContext authentication;

    @Inject
    public AdminPages(@ComponentImport UserManager users, @ComponentImport LoginUriProvider login,
                      @ComponentImport XsrfTokenGenerator xsrf, @ComponentImport TemplateRenderer renderer,
                      @ComponentImport JiraAuthenticationContext authentication) {
        this.users = users;
        this.login = login;
        this.xsrf = xsrf;
        this.renderer = renderer;
        this.authentication = authentication;
    }

    /** True for a Jira administrator; otherwise the response is already sent (login redirect or 403). */
    public boolean admitsAdministrator(HttpServletRequest request, HttpServletResponse response) throws IOException {
        UserKey user = users.getRemoteUserKey(request);
        if (user == null) {
            response.sendRedirect(login.getLoginUri(URI.create(request.getRequestURI())).toASCIIString());
            return false;
        }
        if (!users.isAdmin(user)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, text("paydesk.error.adminOnly"));
            return false;
        }
        return true;
    }

    /** True when the POST carries this session's XSRF token; otherwise 403 is sent and nothing may change. */
    public boolean hasValidToken(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (xsrf.validateToken(request, request.getParameter(TOKEN_FIELD))) {
            return true;
        }
        response.sendError(HttpServletResponse.SC_FORBIDDEN, text("paydesk.error.xsrf"));
        return false;
    }

    /** Renders {@code template} with {@code page} and a fresh XSRF token as {@code atl_token}. */
    public void render(HttpServletRequest request, HttpServletResponse response, int status, String template,
                       Object page) throws IOException {
        Map<String, Object> context = new HashMap<>();
        context.put("page", page);
        context.put(TOKEN_FIELD, xsrf.generateToken(request));
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        renderer.render(template, context, response.getWriter());
    }

    public JiraTexts texts() {
        return new JiraTexts(authentication.getI18nHelper());
    }

    /** The signed-in administrator's user name, as a change is recorded under it. */
    public String username() {
        ApplicationUser user = authentication.getLoggedInUser();
        if (user == null) {
            throw new IllegalStateException("no signed-in user: call admitsAdministrator first");
        }
        return user.getUsername();
    }

    public Locale locale() {
        return authentication.getLocale();
    }

    private String text(String key) {
        return authentication.getI18nHelper().getText(key, (Object) new String[0]);
    }
}
