package io.paydesk.app.partner.jira;

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
import io.paydesk.app.partner.PartnerAdmin;
import io.paydesk.app.platform.jira.AdminPages;
import io.paydesk.app.partner.PartnerAdminView;
import io.paydesk.core.partner.PartnerBank;
import io.paydesk.core.partner.PartnerDirectory;
import io.paydesk.core.partner.PartnerId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class PartnerAdminServletTest {

    private final UserManager users = mock(UserManager.class);
    private final LoginUriProvider login = mock(LoginUriProvider.class);
    private final XsrfTokenGenerator xsrf = mock(XsrfTokenGenerator.class);
    private final TemplateRenderer renderer = mock(TemplateRenderer.class);
    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final List<PartnerBank> saved = new ArrayList<>();
    private final PartnerAdminServlet servlet;

    PartnerAdminServletTest() throws Exception {
        PartnerDirectory partners = mock(PartnerDirectory.class);
        when(partners.find(any())).thenReturn(Optional.empty());
        when(partners.all()).thenAnswer(i -> List.copyOf(saved));
        org.mockito.Mockito.doAnswer(i -> saved.add(i.getArgument(0))).when(partners).save(any());
        I18nHelper i18n = mock(I18nHelper.class);
        when(i18n.getText(anyString(), any())).thenAnswer(i -> "text:" + i.getArgument(0));
        when(authentication.getI18nHelper()).thenReturn(i18n);
        when(authentication.getLocale()).thenReturn(Locale.ENGLISH);
        when(xsrf.generateToken(request)).thenReturn("token-1");
        when(request.getRequestURI()).thenReturn("/jira/plugins/servlet/paydesk/admin/partners");
        when(request.getContextPath()).thenReturn("/jira");
        when(response.getWriter()).thenReturn(new PrintWriter(new StringWriter()));
        servlet = new PartnerAdminServlet(new PartnerAdmin(partners,
                Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC)),
                new AdminPages(users, login, xsrf, renderer, authentication));
    }

    private void signedInAs(boolean admin) {
        UserKey key = mock(UserKey.class);
        when(users.getRemoteUserKey(request)).thenReturn(key);
        when(users.isAdmin(key)).thenReturn(admin);
    }

    private void posting(String organizationId, String name, String country, String zone, String language, String token) {
        when(request.getParameter("organizationId")).thenReturn(organizationId);
        when(request.getParameter("name")).thenReturn(name);
        when(request.getParameter("country")).thenReturn(country);
        when(request.getParameter("zone")).thenReturn(zone);
        when(request.getParameter("language")).thenReturn(language);
        when(request.getParameter("atl_token")).thenReturn(token);
        when(xsrf.validateToken(request, token)).thenReturn("token-1".equals(token));
    }

    @SuppressWarnings("unchecked")
    private PartnerAdminView renderedPage() throws Exception {
        ArgumentCaptor<Map<String, Object>> context = ArgumentCaptor.forClass(Map.class);
        verify(renderer).render(eq(PartnerAdminServlet.TEMPLATE), context.capture(), any());
        assertThat(context.getValue()).containsEntry("atl_token", "token-1");
        return (PartnerAdminView) context.getValue().get("page");
    }

    @Test
    void anAnonymousVisitorIsSentToJirasLoginPage() throws Exception {
        when(login.getLoginUri(URI.create("/jira/plugins/servlet/paydesk/admin/partners")))
                .thenReturn(URI.create("/jira/login.jsp?os_destination=%2Fplugins%2Fservlet%2Fpaydesk%2Fadmin%2Fpartners"));

        servlet.doGet(request, response);

        verify(response).sendRedirect("/jira/login.jsp?os_destination=%2Fplugins%2Fservlet%2Fpaydesk%2Fadmin%2Fpartners");
        verify(renderer, never()).render(anyString(), any(), any());
    }

    @Test
    void anAgentWhoIsNotAnAdministratorIsForbidden() throws Exception {
        signedInAs(false);

        servlet.doGet(request, response);

        verify(response).sendError(403, "text:paydesk.error.adminOnly");
        verify(renderer, never()).render(anyString(), any(), any());
    }

    @Test
    void anAdministratorSeesTheFormWithJirasXsrfToken() throws Exception {
        signedInAs(true);

        servlet.doGet(request, response);

        PartnerAdminView page = renderedPage();
        assertThat(page.partners()).isEmpty();
        assertThat(page.language().value()).isEqualTo("en");
    }

    @Test
    void aPostWithoutJirasXsrfTokenChangesNothing() throws Exception {
        signedInAs(true);
        posting("12", "Bank Wiślany", "PL", "Europe/Warsaw", "pl", "forged");

        servlet.doPost(request, response);

        verify(response).sendError(403, "text:paydesk.error.xsrf");
        assertThat(saved).isEmpty();
    }

    @Test
    void aValidPartnerIsSavedAndTheBrowserRedirectedSoARefreshDoesNotPostAgain() throws Exception {
        signedInAs(true);
        posting("12", "Bank Wiślany", "pl", "Europe/Warsaw", "pl", "token-1");

        servlet.doPost(request, response);

        assertThat(saved).containsExactly(new PartnerBank(new PartnerId("12"), "Bank Wiślany", "PL",
                ZoneId.of("Europe/Warsaw"), Locale.of("pl")));
        verify(response).sendRedirect("/jira/plugins/servlet/paydesk/admin/partners?saved=Bank+Wi%C5%9Blany");
    }

    @Test
    void aWrongFormComesBackWithAMessagePerFieldAndNothingSaved() throws Exception {
        signedInAs(true);
        posting("twelve", "Bank Wiślany", "Poland", "Europe/Warsaw", "pl", "token-1");

        servlet.doPost(request, response);

        verify(response).setStatus(400);
        PartnerAdminView page = renderedPage();
        assertThat(page.organizationId().error()).isEqualTo("text:paydesk.error.partner.organizationId");
        assertThat(page.country().error()).isEqualTo("text:paydesk.error.partner.country");
        assertThat(page.country().value()).isEqualTo("POLAND");
        assertThat(page.name().hasError()).isFalse();
        assertThat(saved).isEmpty();
    }
}
