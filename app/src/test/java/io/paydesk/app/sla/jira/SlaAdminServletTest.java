package io.paydesk.app.sla.jira;

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
import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import io.paydesk.app.platform.jira.AdminPages;
import io.paydesk.app.sla.InMemorySlaSettings;
import io.paydesk.app.sla.SlaRecompute;
import io.paydesk.app.sla.SlaSamples;
import io.paydesk.app.sla.admin.SlaAdmin;
import io.paydesk.app.sla.admin.SlaAdminView;
import io.paydesk.core.partner.PartnerDirectory;
import io.paydesk.core.sla.PolicyRef;
import io.paydesk.core.sla.SlaChange;
import io.paydesk.core.sla.SlaPolicyId;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class SlaAdminServletTest {

    private final UserManager users = mock(UserManager.class);
    private final LoginUriProvider login = mock(LoginUriProvider.class);
    private final XsrfTokenGenerator xsrf = mock(XsrfTokenGenerator.class);
    private final TemplateRenderer renderer = mock(TemplateRenderer.class);
    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final Map<String, String> parameters = new HashMap<>();
    private final InMemorySlaSettings store = new InMemorySlaSettings();
    private final SlaAdminServlet servlet;

    SlaAdminServletTest() throws Exception {
        PartnerDirectory partners = mock(PartnerDirectory.class);
        when(partners.all()).thenReturn(List.of());
        I18nHelper i18n = mock(I18nHelper.class);
        when(i18n.getText(anyString(), any())).thenAnswer(i -> "text:" + i.getArgument(0)
                + (i.getArgument(1) instanceof Object[] args ? java.util.Arrays.deepToString(args) : ""));
        when(authentication.getI18nHelper()).thenReturn(i18n);
        when(authentication.getLocale()).thenReturn(Locale.ENGLISH);
        when(xsrf.generateToken(request)).thenReturn("token-1");
        when(request.getRequestURI()).thenReturn("/jira/plugins/servlet/paydesk/admin/sla");
        when(request.getContextPath()).thenReturn("/jira");
        when(request.getParameter(anyString())).thenAnswer(i -> parameters.get(i.<String>getArgument(0)));
        when(response.getWriter()).thenReturn(new PrintWriter(new StringWriter()));
        TimeZoneManager zones = mock(TimeZoneManager.class);
        when(zones.getLoggedInUserTimeZone()).thenReturn(TimeZone.getTimeZone("Asia/Tashkent"));
        servlet = new SlaAdminServlet(
                new SlaAdmin(store, partners, mock(SlaRecompute.class), SlaSamples.HOLIDAYS, SlaSamples.MARCH),
                new AdminPages(users, login, xsrf, renderer, authentication), zones);
    }

    private void signedInAs(boolean admin) {
        UserKey key = mock(UserKey.class);
        when(users.getRemoteUserKey(request)).thenReturn(key);
        when(users.isAdmin(key)).thenReturn(admin);
    }

    private void posting(String token, String... pairs) {
        for (int i = 0; i < pairs.length; i += 2) {
            parameters.put(pairs[i], pairs[i + 1]);
        }
        parameters.put("atl_token", token);
        when(xsrf.validateToken(request, token)).thenReturn("token-1".equals(token));
    }

    @SuppressWarnings("unchecked")
    private SlaAdminView renderedPage() throws Exception {
        ArgumentCaptor<Map<String, Object>> context = ArgumentCaptor.forClass(Map.class);
        verify(renderer).render(eq(SlaAdminServlet.TEMPLATE), context.capture(), any());
        assertThat(context.getValue()).containsEntry("atl_token", "token-1");
        return (SlaAdminView) context.getValue().get("page");
    }

    private void storeSamples() {
        store.apply(new SlaChange(SlaSamples.stored().calendarDefinitions(),
                SlaSamples.stored().book().currentPolicies()));
    }

    @Test
    void anAnonymousVisitorIsSentToJirasLoginPage() throws Exception {
        when(login.getLoginUri(URI.create("/jira/plugins/servlet/paydesk/admin/sla")))
                .thenReturn(URI.create("/jira/login.jsp?os_destination=%2Fplugins%2Fservlet%2Fpaydesk%2Fadmin%2Fsla"));

        servlet.doGet(request, response);

        verify(response).sendRedirect("/jira/login.jsp?os_destination=%2Fplugins%2Fservlet%2Fpaydesk%2Fadmin%2Fsla");
        verify(renderer, never()).render(anyString(), any(), any());
    }

    @Test
    void anAgentWhoIsNotAnAdministratorIsForbiddenAndCannotExport() throws Exception {
        signedInAs(false);
        parameters.put("export", "json");

        servlet.doGet(request, response);

        verify(response).sendError(403, "text:paydesk.error.adminOnly[]");
        verify(response, never()).getOutputStream();
    }

    @Test
    void anAdministratorSeesCalendarsPoliciesAndThePreviewInBothZones() throws Exception {
        signedInAs(true);
        storeSamples();

        servlet.doGet(request, response);

        SlaAdminView page = renderedPage();
        assertThat(page.calendars()).extracting(r -> r.name()).containsExactly("24x7", "pl-warsaw");
        assertThat(page.policies()).extracting(r -> r.id()).containsExactly("card-block-highest", "wislany");
        assertThat(page.policies().get(1).preview()).anySatisfy(line ->
                assertThat(line).contains("paydesk.admin.sla.previewDue"));
    }

    @Test
    void aForgedTokenIsForbiddenAndNothingIsStored() throws Exception {
        signedInAs(true);
        posting("forged", "action", "calendar", "name", "pl-warsaw", "zone", "Europe/Warsaw", "hours.MONDAY", "09:00-17:00");

        servlet.doPost(request, response);

        verify(response).sendError(403, "text:paydesk.error.xsrf[]");
        assertThat(store.applied()).isEmpty();
    }

    @Test
    void aNonAdministratorCannotPostEvenWithAToken() throws Exception {
        signedInAs(false);
        posting("token-1", "action", "import", "document", "{}");

        servlet.doPost(request, response);

        verify(response).sendError(403, "text:paydesk.error.adminOnly[]");
        assertThat(store.applied()).isEmpty();
    }

    @Test
    void aMistypedZoneComesBackUnderItsFieldWithTheTypedValuesAndNothingStored() throws Exception {
        signedInAs(true);
        posting("token-1", "action", "calendar", "name", "pl-warsaw", "zone", "Europe/Warszawa", "hours.MONDAY", "09:00-17:00");

        servlet.doPost(request, response);

        verify(response).setStatus(400);
        SlaAdminView page = renderedPage();
        assertThat(page.calendarForm().zone().value()).isEqualTo("Europe/Warszawa");
        assertThat(page.calendarForm().zone().error()).contains("paydesk.error.calendar.unknownZone");
        assertThat(page.calendarForm().days().get(0).field().value()).isEqualTo("09:00-17:00");
        assertThat(store.applied()).isEmpty();
    }

    @Test
    void aPublishedPolicyRedirectsWithItsVersion() throws Exception {
        signedInAs(true);
        storeSamples();
        posting("token-1", "action", "policy", "id", "wislany", "name", "Bank Wiślany", "partner", "3",
                "firstResponse", "2h", "resolution", "16h", "partnerUpdate", "8h", "calendar", "pl-warsaw",
                "pauses", "Waiting for customer | customer-documents | Waiting for customer documents\n"
                        + "Waiting for partner | partner-bank", "thresholds", "50, 75, 90");

        servlet.doPost(request, response);

        verify(response).sendRedirect("/jira/plugins/servlet/paydesk/admin/sla?published=wislany&version=2");
        assertThat(store.policies().version(PolicyRef.of("wislany", 1))).isPresent();
        assertThat(store.policies().versions(new SlaPolicyId("wislany"))).hasSize(2);
    }

    @Test
    void aVersionAnotherAdministratorPublishedMeanwhileIsRefusedWithTheFormKept() throws Exception {
        signedInAs(true);
        storeSamples();
        store.meanwhile(store.configuration().publish(SlaSamples.wislany("20h"), SlaSamples.MARCH).orElseThrow());
        posting("token-1", "action", "policy", "id", "wislany", "name", "Bank Wiślany", "partner", "3",
                "firstResponse", "2h", "resolution", "16h", "partnerUpdate", "8h", "calendar", "pl-warsaw",
                "pauses", "Waiting for customer | customer-documents", "thresholds", "50, 75, 90");

        servlet.doPost(request, response);

        verify(response).setStatus(409);
        SlaAdminView page = renderedPage();
        assertThat(page.policyForm().general()).singleElement().asString()
                .isEqualTo("text:paydesk.admin.sla.policyChangedMeanwhile[wislany@v2]");
        assertThat(page.policyForm().resolution().value()).isEqualTo("16h");
        assertThat(store.policies().versions(new SlaPolicyId("wislany"))).hasSize(2);
        assertThat(store.policies().current(new SlaPolicyId("wislany")).orElseThrow().goals())
                .anySatisfy(goal -> assertThat(goal.target()).isEqualTo(java.time.Duration.ofHours(20)));
    }

    @Test
    void exportDownloadsTheDocument() throws Exception {
        signedInAs(true);
        storeSamples();
        parameters.put("export", "json");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        when(response.getOutputStream()).thenReturn(new ServletOutputStream() {
            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
            }

            @Override
            public void write(int b) {
                body.write(b);
            }
        });

        servlet.doGet(request, response);

        verify(response).setHeader("Content-Disposition", "attachment; filename=\"paydesk-sla.json\"");
        assertThat(body.toString(StandardCharsets.UTF_8)).contains("\"format\": \"paydesk-sla/1\"", "\"pl-warsaw\"");
    }
}
