package io.paydesk.app.dispute.rules.jira;

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
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import io.paydesk.app.dispute.Disputes;
import io.paydesk.app.dispute.InMemoryRecords;
import io.paydesk.app.dispute.rules.DeadlineRulesAdmin;
import io.paydesk.app.dispute.rules.DeadlineRulesView;
import io.paydesk.app.platform.jira.AdminPages;
import io.paydesk.core.dispute.scheme.SchemeCatalogue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** The deadline-rules page's gate: only Jira administrators, and a publish only with Jira's XSRF token. */
class DeadlineRulesServletTest {

    private final UserManager users = mock(UserManager.class);
    private final LoginUriProvider login = mock(LoginUriProvider.class);
    private final XsrfTokenGenerator xsrf = mock(XsrfTokenGenerator.class);
    private final TemplateRenderer renderer = mock(TemplateRenderer.class);
    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final StringWriter body = new StringWriter();
    private final Disputes disputes = new Disputes(SchemeCatalogue.shipped(), new InMemoryRecords(),
            Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC));
    private final DeadlineRulesAdmin admin = new DeadlineRulesAdmin(disputes);
    private final DeadlineRulesServlet servlet;

    DeadlineRulesServletTest() throws Exception {
        I18nHelper i18n = mock(I18nHelper.class);
        when(i18n.getText(anyString(), any())).thenAnswer(i -> "text:" + i.getArgument(0));
        when(authentication.getI18nHelper()).thenReturn(i18n);
        when(authentication.getLocale()).thenReturn(Locale.ENGLISH);
        ApplicationUser timur = mock(ApplicationUser.class);
        when(timur.getUsername()).thenReturn("timur");
        when(authentication.getLoggedInUser()).thenReturn(timur);
        when(xsrf.generateToken(request)).thenReturn("token-1");
        when(request.getRequestURI()).thenReturn("/jira/plugins/servlet/paydesk/admin/deadlines");
        when(request.getContextPath()).thenReturn("/jira");
        when(response.getWriter()).thenReturn(new PrintWriter(body, true));
        servlet = new DeadlineRulesServlet(admin, new AdminPages(users, login, xsrf, renderer, authentication));
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

    private void posting(String action, String table) {
        when(request.getParameter("action")).thenReturn(action);
        when(request.getParameter("table")).thenReturn(table);
    }

    private String editedTable() {
        return admin.currentTable().replace("visa-dispute-response;visa;DISPUTE_RESPONSE;*;*;*;30;",
                "visa-dispute-response;visa;DISPUTE_RESPONSE;*;*;*;20;");
    }

    @SuppressWarnings("unchecked")
    private DeadlineRulesView renderedPage() throws Exception {
        ArgumentCaptor<Map<String, Object>> context = ArgumentCaptor.forClass(Map.class);
        verify(renderer).render(eq(DeadlineRulesServlet.TEMPLATE), context.capture(), any());
        assertThat(context.getValue()).containsEntry("atl_token", "token-1");
        return (DeadlineRulesView) context.getValue().get("page");
    }

    @Test
    void anAnonymousVisitorIsSentToJirasLoginPage() throws Exception {
        when(login.getLoginUri(URI.create("/jira/plugins/servlet/paydesk/admin/deadlines")))
                .thenReturn(URI.create("/jira/login.jsp"));
        posting("publish", editedTable());

        servlet.doPost(request, response);

        verify(response).sendRedirect("/jira/login.jsp");
        assertThat(disputes.books().history()).hasSize(1);
    }

    @Test
    void aUserWhoIsNotAnAdministratorCanNeitherReadNorPublishTheRules() throws Exception {
        signedInAs(false);
        token("token-1");
        posting("publish", editedTable());
        when(request.getParameter("download")).thenReturn("1");

        servlet.doGet(request, response);
        servlet.doPost(request, response);

        verify(response, org.mockito.Mockito.times(2)).sendError(403, "text:paydesk.error.adminOnly");
        verify(renderer, never()).render(anyString(), any(), any());
        assertThat(body.toString()).isEmpty();
        assertThat(disputes.books().history()).hasSize(1);
    }

    @Test
    void aPublishWithoutJirasXsrfTokenChangesNothing() throws Exception {
        signedInAs(true);
        token("forged");
        posting("publish", editedTable());

        servlet.doPost(request, response);

        verify(response).sendError(403, "text:paydesk.error.xsrf");
        assertThat(disputes.books().history()).hasSize(1);
    }

    @Test
    void anAdministratorPreviewsWithoutChangesThenPublishesUnderTheirName() throws Exception {
        signedInAs(true);
        token("token-1");
        posting("preview", editedTable());

        servlet.doPost(request, response);
        assertThat(renderedPage().changes()).hasSize(1);
        verify(response).setStatus(200);
        assertThat(disputes.books().history()).hasSize(1);

        posting("publish", editedTable());
        servlet.doPost(request, response);

        verify(response).sendRedirect("/jira/plugins/servlet/paydesk/admin/deadlines?published=2");
        assertThat(disputes.books().current().createdBy()).isEqualTo("timur");
        assertThat(disputes.books().current().rule("visa-dispute-response").orElseThrow().days()).isEqualTo(20);
    }

    @Test
    void aBrokenTableIsRefusedWithBadRequestAndKeptForCorrection() throws Exception {
        signedInAs(true);
        token("token-1");
        String broken = editedTable().replace("DISPUTE_RESPONSE;*;*;*;20;", "DISPUTE_RESPONSE;*;*;*;twenty;");
        posting("publish", broken);

        servlet.doPost(request, response);

        verify(response).setStatus(400);
        assertThat(renderedPage().errors()).singleElement().satisfies(e -> assertThat(e.column()).isEqualTo("days"));
        assertThat(renderedPage().text()).isEqualTo(broken);
        assertThat(disputes.books().history()).hasSize(1);
    }

    @Test
    void anAdministratorDownloadsTheCurrentTableAsAFile() throws Exception {
        signedInAs(true);
        when(request.getParameter("download")).thenReturn("1");

        servlet.doGet(request, response);

        verify(response).setHeader("Content-Disposition", "attachment; filename=\"deadline-rules-paydesk-defaults-r1.csv\"");
        assertThat(body.toString()).isEqualTo(admin.currentTable());
    }
}
