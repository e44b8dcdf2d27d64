package io.paydesk.app.setup.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.issue.fields.screen.FieldScreen;
import com.atlassian.jira.issue.fields.screen.FieldScreenManager;
import com.atlassian.jira.issue.fields.screen.FieldScreenScheme;
import com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenScheme;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import io.paydesk.core.setup.IssueTypeSpec;
import io.paydesk.core.setup.ProjectSetupTarget.Applied;
import io.paydesk.core.setup.ProjectState;
import io.paydesk.core.setup.SetupCatalogue;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Screen schemes in Jira: a new screen scheme shows its screen by default, an issue type is mapped in the
 * project's own issue type screen scheme keeping every other mapping, and a scheme other projects use, an
 * issue type mapped already or a name taken already is refused with the reason, changing nothing.
 */
class JiraScreenSchemesTest {

    private static final String DISPUTE_ID = "10500";

    private final JiraScreenSchemeFixture jira = new JiraScreenSchemeFixture();
    private final FieldScreenManager screenManager = mock(FieldScreenManager.class);
    private final IssueTypeManager issueTypes = mock(IssueTypeManager.class);
    private final ProjectManager projectManager = mock(ProjectManager.class);
    private final List<FieldScreen> screens = new ArrayList<>();
    private final List<Project> projects = new ArrayList<>();
    private final Project pay = project(10100L, "PAY", "Partner Support");
    private final IssueTypeScreenScheme payScheme = jira.issueTypeScreenScheme(20L, "PAY: Issue Type Screen Scheme");
    private final IssueTypeSpec dispute = SetupCatalogue.paydesk().issueTypes().get(0);
    private final JiraScreenSchemes schemes = jira.schemes(screenManager, issueTypes, projectManager);

    JiraScreenSchemesTest() {
        when(screenManager.getFieldScreens()).thenAnswer(call -> List.copyOf(screens));
        when(projectManager.getProjectObjects()).thenAnswer(call -> List.copyOf(projects));
        IssueType disputeType = mock(IssueType.class);
        when(disputeType.getId()).thenReturn(DISPUTE_ID);
        when(disputeType.getName()).thenReturn("Payment dispute");
        IssueType service = mock(IssueType.class);
        when(service.getId()).thenReturn("10001");
        when(service.getName()).thenReturn("Service request");
        when(issueTypes.getIssueTypes()).thenReturn(List.of(disputeType, service));
        jira.projectSchemes.put(pay, payScheme);
    }

    @AfterEach
    void close() {
        jira.close();
    }

    @Test
    void aNewScreenSchemeShowsItsScreenForEveryOperation() {
        FieldScreen screen = screen("Paydesk: Payment dispute");

        assertThat(schemes.create("Paydesk: Payment dispute", "Paydesk: Payment dispute")).isEqualTo(Applied.CREATED);

        FieldScreenScheme created = jira.stored.get(0);
        assertThat(created.getName()).isEqualTo("Paydesk: Payment dispute");
        assertThat(jira.defaultScreens).containsEntry(created, screen);
        assertThat(schemes.names()).containsExactly("Paydesk: Payment dispute");
    }

    @Test
    void aTakenNameOrAMissingScreenIsRefusedAndNothingIsCreated() {
        screen("Paydesk: Payment dispute");
        jira.existingScheme("Paydesk: Payment dispute");

        assertThatThrownBy(() -> schemes.create("Paydesk: Payment dispute", "Paydesk: Payment dispute"))
                .hasMessage("a screen scheme named Paydesk: Payment dispute exists already");
        assertThatThrownBy(() -> schemes.create("Paydesk: Loyalty claim", "Paydesk: Loyalty claim"))
                .hasMessage("no screen named Paydesk: Loyalty claim");
        assertThat(jira.newSchemes.constructed()).isEmpty();
    }

    @Test
    void whenJiraRefusesToStoreTheSchemeTheStepSaysWhy() {
        screen("Paydesk: Payment dispute");
        jira.schemeStoreRefusal = "database is read-only";

        assertThatThrownBy(() -> schemes.create("Paydesk: Payment dispute", "Paydesk: Payment dispute"))
                .hasMessage("Jira did not create the screen scheme Paydesk: Payment dispute: database is read-only");
        assertThat(jira.stored).isEmpty();
        assertThat(jira.newItems.constructed()).isEmpty();
    }

    @Test
    void theProjectsSchemeIsReadWithItsMappingsByNameAndTheOtherProjectsThatUseIt() {
        FieldScreenScheme requests = jira.existingScheme("PAY: Request Screen Scheme");
        jira.existingEntity(payScheme, "10001", requests);
        jira.existingEntity(payScheme, null, jira.existingScheme("Default Screen Scheme"));
        Project ops = project(10200L, "OPS", "Card Ops");
        jira.projectSchemes.put(ops, payScheme);
        jira.projectSchemes.put(project(10300L, "HR", "People"), jira.issueTypeScreenScheme(1L, "Default"));

        ProjectState.IssueTypeScreens read = schemes.of(pay);

        assertThat(read.scheme()).isEqualTo("PAY: Issue Type Screen Scheme");
        assertThat(read.screenSchemeByIssueType()).containsExactly(
                java.util.Map.entry("Service request", "PAY: Request Screen Scheme"));
        assertThat(read.otherProjects()).containsExactly("Card Ops (OPS)");
        assertThat(read.shared()).isTrue();
    }

    @Test
    void anIssueTypeIsMappedInTheProjectsOwnSchemeKeepingTheOtherMappings() {
        FieldScreenScheme requests = jira.existingScheme("PAY: Request Screen Scheme");
        jira.existingEntity(payScheme, "10001", requests);
        jira.existingScheme("Paydesk: Payment dispute");

        assertThat(schemes.use(pay, dispute, "Paydesk: Payment dispute")).isEqualTo(Applied.CREATED);

        assertThat(jira.mappedScheme(pay, DISPUTE_ID)).isEqualTo("Paydesk: Payment dispute");
        assertThat(jira.mappedScheme(pay, "10001")).isEqualTo("PAY: Request Screen Scheme");
        assertThat(schemes.of(pay).screenSchemeOf("Payment dispute")).contains("Paydesk: Payment dispute");
    }

    @Test
    void aSchemeAnotherProjectUsesByNowIsRefusedNamingThatProject() {
        jira.existingScheme("Paydesk: Payment dispute");
        jira.projectSchemes.put(project(10200L, "OPS", "Card Ops"), payScheme);

        assertThatThrownBy(() -> schemes.use(pay, dispute, "Paydesk: Payment dispute"))
                .hasMessageStartingWith("PAY: Issue Type Screen Scheme is used by Card Ops (OPS) too");
        assertThat(jira.newEntities.constructed()).isEmpty();
    }

    @Test
    void anIssueTypeMappedAlreadyKeepsItsSchemeAndTheStepSaysWhichItUses() {
        jira.existingEntity(payScheme, DISPUTE_ID, jira.existingScheme("Card ops screens"));
        jira.existingScheme("Paydesk: Payment dispute");

        assertThatThrownBy(() -> schemes.use(pay, dispute, "Paydesk: Payment dispute"))
                .hasMessage("Payment dispute uses the screen scheme Card ops screens in PAY: Issue Type Screen Scheme "
                        + "already");
        assertThat(jira.mappedScheme(pay, DISPUTE_ID)).isEqualTo("Card ops screens");
    }

    @Test
    void whenJiraRefusesTheMappingTheStepSaysWhyAndAMissingSchemeIsNamed() {
        assertThatThrownBy(() -> schemes.use(pay, dispute, "Paydesk: Payment dispute"))
                .hasMessage("no screen scheme named Paydesk: Payment dispute");
        jira.existingScheme("Paydesk: Payment dispute");
        jira.entityRefusal = "constraint violated";

        assertThatThrownBy(() -> schemes.use(pay, dispute, "Paydesk: Payment dispute"))
                .hasMessage("Jira did not map Payment dispute to Paydesk: Payment dispute in "
                        + "PAY: Issue Type Screen Scheme: constraint violated");
    }

    @Test
    void aProjectWithoutAnIssueTypeScreenSchemeReadsAsOneWithoutANameAndCannotBeMapped() {
        jira.projectSchemes.remove(pay);

        assertThat(schemes.of(pay)).isEqualTo(ProjectState.IssueTypeScreens.own(""));
        assertThatThrownBy(() -> schemes.use(pay, dispute, "Paydesk: Payment dispute"))
                .hasMessageStartingWith("Jira gave the project no issue type screen scheme");
    }

    private FieldScreen screen(String name) {
        FieldScreen screen = mock(FieldScreen.class);
        when(screen.getName()).thenReturn(name);
        screens.add(screen);
        return screen;
    }

    private Project project(long id, String key, String name) {
        Project project = mock(Project.class);
        when(project.getId()).thenReturn(id);
        when(project.getKey()).thenReturn(key);
        when(project.getName()).thenReturn(name);
        projects.add(project);
        return project;
    }
}
