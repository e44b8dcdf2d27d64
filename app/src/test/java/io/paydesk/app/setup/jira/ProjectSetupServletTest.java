package io.paydesk.app.setup.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.xsrf.XsrfTokenGenerator;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import io.paydesk.app.platform.jira.AdminPages;
import io.paydesk.app.setup.ProjectSetupAdmin;
import io.paydesk.app.setup.ProjectSetupView;
import io.paydesk.core.setup.InMemoryProjectConfiguration;
import io.paydesk.core.setup.ProjectSetupTarget;
import io.paydesk.core.setup.ServiceDeskProjects;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** The setup page's gate: only Jira administrators, and an install only with Jira's XSRF token. */
class ProjectSetupServletTest {

    private final UserManager users = mock(UserManager.class);
    private final LoginUriProvider login = mock(LoginUriProvider.class);
    private final XsrfTokenGenerator xsrf = mock(XsrfTokenGenerator.class);
    private final TemplateRenderer renderer = mock(TemplateRenderer.class);
    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final InMemoryProjectConfiguration project = new InMemoryProjectConfiguration();
    private final ProjectSetupServlet servlet;

    ProjectSetupServletTest() throws Exception {
        I18nHelper i18n = mock(I18nHelper.class);
        when(i18n.getText(anyString(), any())).thenAnswer(i -> "text:" + i.getArgument(0));
        when(authentication.getI18nHelper()).thenReturn(i18n);
        when(authentication.getLocale()).thenReturn(Locale.ENGLISH);
        when(xsrf.generateToken(request)).thenReturn("token-1");
        when(request.getRequestURI()).thenReturn("/jira/plugins/servlet/paydesk/admin/setup");
        when(request.getParameter("project")).thenReturn("PAY");
        when(response.getWriter()).thenReturn(new PrintWriter(new StringWriter()));
        ServiceDeskProjects projects = new ServiceDeskProjects() {
            @Override
            public List<Project> all() {
                return List.of(new Project("PAY", "Partner Support"));
            }

            @Override
            public Optional<ProjectSetupTarget> target(String key) {
                return "PAY".equals(key) ? Optional.of(project) : Optional.empty();
            }
        };
        servlet = new ProjectSetupServlet(new ProjectSetupAdmin(projects),
                new AdminPages(users, login, xsrf, renderer, authentication));
    }

    private void signedInAs(boolean admin) {
        UserKey key = mock(UserKey.class);
        when(users.getRemoteUserKey(request)).thenReturn(key);
        when(users.isAdmin(key)).thenReturn(admin);
    }

    private void token(String token) {
        when(request.getParameter("atl_token")).thenReturn(token);
        when(xsrf.validateToken(request, token)).thenReturn("token-1".equals(token));
    }

    @SuppressWarnings("unchecked")
    private ProjectSetupView renderedPage() throws Exception {
        ArgumentCaptor<Map<String, Object>> context = ArgumentCaptor.forClass(Map.class);
        verify(renderer).render(eq(ProjectSetupServlet.TEMPLATE), context.capture(), any());
        assertThat(context.getValue()).containsEntry("atl_token", "token-1");
        return (ProjectSetupView) context.getValue().get("page");
    }

    @Test
    void anAnonymousVisitorIsSentToJirasLoginPage() throws Exception {
        when(login.getLoginUri(URI.create("/jira/plugins/servlet/paydesk/admin/setup")))
                .thenReturn(URI.create("/jira/login.jsp"));

        servlet.doPost(request, response);

        verify(response).sendRedirect("/jira/login.jsp");
        assertThat(project.state().issueTypes()).isEmpty();
    }

    @Test
    void aUserWhoIsNotAnAdministratorIsForbiddenAndNothingIsInstalled() throws Exception {
        signedInAs(false);
        token("token-1");

        servlet.doPost(request, response);

        verify(response).sendError(403, "text:paydesk.error.adminOnly");
        verify(renderer, never()).render(anyString(), any(), any());
        assertThat(project.state().issueTypes()).isEmpty();
    }

    @Test
    void anInstallWithoutJirasXsrfTokenChangesNothing() throws Exception {
        signedInAs(true);
        token("forged");

        servlet.doPost(request, response);

        verify(response).sendError(403, "text:paydesk.error.xsrf");
        assertThat(project.state().issueTypes()).isEmpty();
    }

    @Test
    void anAdministratorPreviewsWithoutChangesThenInstalls() throws Exception {
        signedInAs(true);
        when(request.getParameter("preview")).thenReturn("");

        servlet.doGet(request, response);
        assertThat(renderedPage().hasResult()).isTrue();
        assertThat(project.state().issueTypes()).isEmpty();

        token("token-1");
        servlet.doPost(request, response);
        assertThat(project.state().issueTypes()).isNotEmpty();
    }
}
