package io.paydesk.app.request.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.servicedesk.api.organization.CustomerOrganization;
import io.paydesk.app.request.RequestContextPanel;
import io.paydesk.app.request.RequestContextView;
import io.paydesk.core.partner.PartnerBank;
import io.paydesk.core.partner.PartnerDirectory;
import io.paydesk.core.partner.PartnerId;
import io.paydesk.core.request.RequestSnapshot;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RequestContextPanelProviderTest {

    private final CustomFieldManager customFields = mock(CustomFieldManager.class);
    private final CustomField organizationsField = mock(CustomField.class);
    private final Issue issue = mock(Issue.class);

    RequestContextPanelProviderTest() {
        ApplicationUser reporter = mock(ApplicationUser.class);
        when(reporter.getDisplayName()).thenReturn("Nodira Yusupova");
        IssueType type = mock(IssueType.class);
        when(type.getName()).thenReturn("Payment dispute");
        Status status = mock(Status.class);
        when(status.getName()).thenReturn("Waiting for support");
        when(issue.getKey()).thenReturn("PAY-12");
        when(issue.getSummary()).thenReturn("Money taken twice");
        when(issue.getIssueType()).thenReturn(type);
        when(issue.getStatus()).thenReturn(status);
        when(issue.getReporter()).thenReturn(reporter);
        when(issue.getCreated()).thenReturn(Timestamp.from(Instant.parse("2026-11-24T06:00:00Z")));
        when(customFields.getCustomFieldObjectsByName(JiraRequestSnapshots.ORGANIZATIONS_FIELD))
                .thenReturn(List.of(organizationsField));
    }

    private static CustomerOrganization organization(int id) {
        CustomerOrganization org = mock(CustomerOrganization.class);
        when(org.getId()).thenReturn(id);
        return org;
    }

    @Test
    void theIssueBecomesASnapshotWhosePartnerIsItsFirstOrganization() {
        List<CustomerOrganization> organizations = List.of(organization(1), organization(4));
        when(issue.getCustomFieldValue(organizationsField)).thenReturn(organizations);

        RequestSnapshot snapshot = new JiraRequestSnapshots(customFields).of(issue);

        assertThat(snapshot).isEqualTo(new RequestSnapshot("PAY-12", "Money taken twice", "Payment dispute",
                "Waiting for support", Instant.parse("2026-11-24T06:00:00Z"), "Nodira Yusupova",
                Optional.of(new PartnerId("1"))));
    }

    @Test
    void anIssueWithoutOrganizationsHasNoPartner() {
        when(issue.getCustomFieldValue(organizationsField)).thenReturn(null);

        assertThat(new JiraRequestSnapshots(customFields).of(issue).partner()).isEmpty();
    }

    @Test
    void theProviderPutsTheViewModelIntoTheTemplateContextInTheUsersLanguage() {
        List<CustomerOrganization> organizations = List.of(organization(1));
        when(issue.getCustomFieldValue(organizationsField)).thenReturn(organizations);
        PartnerBank tashkent = new PartnerBank(new PartnerId("1"), "Turon Card Bank", "UZ", ZoneId.of("Asia/Tashkent"),
                Locale.of("uz"));
        PartnerDirectory partners = mock(PartnerDirectory.class);
        when(partners.find(new PartnerId("1"))).thenReturn(Optional.of(tashkent));
        JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
        I18nHelper i18n = mock(I18nHelper.class);
        when(i18n.getText(eq("paydesk.duration.hoursMinutes"), any())).thenReturn("4 soat 30 daq");
        when(authentication.getLocale()).thenReturn(Locale.of("uz"));
        when(authentication.getI18nHelper()).thenReturn(i18n);
        RequestContextPanel panel = new RequestContextPanel(partners,
                Clock.fixed(Instant.parse("2026-11-24T10:30:00Z"), ZoneOffset.UTC));

        Map<String, Object> context = new RequestContextPanelProvider(new JiraRequestSnapshots(customFields), panel,
                authentication).getContextMap(Map.of("issue", issue));

        RequestContextView view = (RequestContextView) context.get("view");
        assertThat(view.partnerName()).isEqualTo("Turon Card Bank");
        assertThat(view.partnerLocalTime()).endsWith("15:30");
        assertThat(view.openFor()).isEqualTo("4 soat 30 daq");
        assertThat(context).containsEntry("issue", issue);
    }
}
