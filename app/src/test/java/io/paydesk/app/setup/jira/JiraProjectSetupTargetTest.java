package io.paydesk.app.setup.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.avatar.AvatarManager;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.icon.IconType;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.context.JiraContextNode;
import com.atlassian.jira.issue.customfields.CustomFieldSearcher;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.customfields.CustomFieldUtils;
import com.atlassian.jira.issue.customfields.manager.OptionsManager;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.config.FieldConfig;
import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.fields.config.manager.IssueTypeSchemeManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import io.paydesk.core.setup.FieldSpec;
import io.paydesk.core.setup.IssueTypeSpec;
import io.paydesk.core.setup.SetupCatalogue;
import io.paydesk.core.setup.SetupPlan;
import io.paydesk.core.setup.SetupReport;
import io.paydesk.core.setup.SetupReport.Result;
import io.paydesk.core.setup.SetupStep.Kind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.MockedStatic;
import org.ofbiz.core.entity.GenericEntityException;

/**
 * Installing Paydesk into a Jira project through Jira's API, with Jira's managers played by mocks that remember
 * what was created: issue types and custom fields are created once, found the second time, refused names are
 * reported, and nothing that failed half-way is hidden.
 */
class JiraProjectSetupTargetTest {

    private static final long PROJECT_ID = 10100L;
    private static final long DEFAULT_AVATAR = 10318L;

    private final SetupCatalogue catalogue = SetupCatalogue.paydesk();
    private final Project project = mock(Project.class);
    private final IssueTypeManager issueTypes = mock(IssueTypeManager.class);
    private final IssueTypeSchemeManager schemes = mock(IssueTypeSchemeManager.class);
    private final CustomFieldManager customFields = mock(CustomFieldManager.class);
    private final AvatarManager avatars = mock(AvatarManager.class);
    private final OptionsManager options = mock(OptionsManager.class);
    private final ProjectManager projects = mock(ProjectManager.class);
    private final FieldConfigScheme projectScheme = mock(FieldConfigScheme.class);
    private final List<JiraContextNode> projectContext = List.of(mock(JiraContextNode.class));
    private final MockedStatic<CustomFieldUtils> contexts = mockStatic(CustomFieldUtils.class);

    private final List<IssueType> instanceTypes = new ArrayList<>();
    private final List<String> projectTypeIds = new ArrayList<>();
    private final List<CustomField> fields = new ArrayList<>();
    private final Map<String, List<String>> optionsByField = new LinkedHashMap<>();
    private final Map<FieldConfig, String> configs = new LinkedHashMap<>();

    private final JiraProjectSetupTarget target = new JiraProjectSetupTarget(project,
            new JiraProjectSetupTarget.Services(issueTypes, schemes, customFields, avatars, options, projects));

    JiraProjectSetupTargetTest() throws Exception {
        when(project.getId()).thenReturn(PROJECT_ID);
        when(avatars.getDefaultAvatarId(IconType.ISSUE_TYPE_ICON_TYPE)).thenReturn(DEFAULT_AVATAR);
        when(issueTypes.getIssueTypes()).thenAnswer(call -> List.copyOf(instanceTypes));
        when(issueTypes.createIssueType(anyString(), anyString(), anyLong()))
                .thenAnswer(call -> issueType(call.getArgument(0)));
        when(schemes.getIssueTypesForProject(project)).thenAnswer(call -> instanceTypes.stream()
                .filter(type -> projectTypeIds.contains(type.getId())).toList());
        when(schemes.getConfigScheme(project)).thenReturn(projectScheme);
        when(schemes.update(eq(projectScheme), any())).thenAnswer(call -> {
            projectTypeIds.clear();
            ((Collection<?>) call.getArgument(1)).forEach(id -> projectTypeIds.add((String) id));
            return projectScheme;
        });
        when(customFields.getCustomFieldObjects()).thenAnswer(call -> List.copyOf(fields));
        when(customFields.getCustomFieldType(anyString())).thenAnswer(call -> fieldType(call.getArgument(0)));
        when(customFields.getCustomFieldSearcher(anyString())).thenAnswer(call -> searcher(call.getArgument(0)));
        when(customFields.createCustomField(anyString(), anyString(), any(), any(), anyList(), anyList()))
                .thenAnswer(call -> customField(call.getArgument(0), call.<CustomFieldType<?, ?>>getArgument(2)));
        when(options.createOption(any(), isNull(), anyLong(), anyString())).thenAnswer(call -> {
            List<String> list = optionsByField.get(configs.get(call.<FieldConfig>getArgument(0)));
            assertThat(call.<Long>getArgument(2)).isEqualTo(list.size());
            list.add(call.getArgument(3));
            return null;
        });
        contexts.when(() -> CustomFieldUtils.buildJiraIssueContexts(eq(false), any(Long[].class), eq(projects)))
                .thenAnswer(call -> {
                    assertThat(call.<Long[]>getArgument(1)).containsExactly(PROJECT_ID);
                    return projectContext;
                });
    }

    @AfterEach
    void closeStaticMock() {
        contexts.close();
    }

    @Test
    void anEmptyProjectGetsEveryIssueTypeWithJirasDefaultAvatarAndPutsThemInTheProjectsScheme() {
        SetupReport report = install();

        assertThat(lines(report, Kind.ISSUE_TYPE)).allMatch(line -> line.result() == Result.CREATED)
                .hasSize(catalogue.issueTypes().size());
        assertThat(lines(report, Kind.PROJECT_ISSUE_TYPE)).allMatch(line -> line.result() == Result.CREATED);
        verify(issueTypes).createIssueType("Payment dispute", "A cardholder disputes a card payment.",
                DEFAULT_AVATAR);
        assertThat(target.state().projectIssueTypes())
                .containsAll(catalogue.issueTypes().stream().map(IssueTypeSpec::name).toList());
    }

    @Test
    void everyFieldIsCreatedWithItsBuiltInTypeAProjectContextForItsIssueTypesAndItsOptionsInOrder() throws Exception {
        SetupReport report = install();

        assertThat(lines(report, Kind.CUSTOM_FIELD)).allMatch(line -> line.result() == Result.CREATED)
                .hasSize(catalogue.fields().size());
        FieldSpec currency = field("Currency");
        List<IssueType> carriers = catalogue.issueTypesWith(currency).stream().map(spec -> named(spec.name())).toList();
        CustomFieldType<?, ?> select = fieldType("com.atlassian.jira.plugin.system.customfieldtypes:select");
        CustomFieldSearcher multiSelect = searcher("com.atlassian.jira.plugin.system.customfieldtypes:multiselectsearcher");
        verify(customFields).createCustomField(eq("Currency"), eq(currency.description()), eq(select), eq(multiSelect),
                eq(projectContext), eq(carriers));
        assertThat(optionsByField.get("Currency")).containsExactlyElementsOf(SetupCatalogue.CURRENCIES);
        assertThat(optionsByField.get("Amount")).isEmpty();
        assertThat(target.state().fieldsNamed("Amount")).extracting(f -> f.typeKey())
                .containsExactly("com.atlassian.jira.plugin.system.customfieldtypes:float");
    }

    @Test
    void screensAndRequestTypesAreLeftToTheAdministrator() {
        SetupReport report = install();

        assertThat(lines(report, Kind.SCREEN)).allMatch(line -> line.result() == Result.BY_HAND);
        assertThat(lines(report, Kind.REQUEST_TYPE)).allMatch(line -> line.result() == Result.BY_HAND);
        assertThat(lines(report, Kind.SCREEN_FIELD)).allMatch(line -> line.result() == Result.SKIPPED);
    }

    @Test
    void runningTwiceCreatesNothingNew() throws Exception {
        install();
        SetupReport second = install();

        for (Kind kind : List.of(Kind.ISSUE_TYPE, Kind.PROJECT_ISSUE_TYPE, Kind.CUSTOM_FIELD)) {
            assertThat(lines(second, kind)).allMatch(line -> line.result() == Result.EXISTED);
        }
        verify(issueTypes, times(catalogue.issueTypes().size())).createIssueType(anyString(), anyString(), anyLong());
        verify(customFields, times(catalogue.fields().size()))
                .createCustomField(anyString(), anyString(), any(), any(), anyList(), anyList());
        assertThat(optionsByField.get("Currency")).hasSameSizeAs(SetupCatalogue.CURRENCIES);
    }

    @Test
    void anIssueTypeThatExistsIsFoundByNameAndNotCreatedAgain() {
        issueType("Payment dispute");

        SetupReport report = install();

        assertThat(line(report, Kind.ISSUE_TYPE, "Payment dispute").result()).isEqualTo(Result.EXISTED);
        assertThat(line(report, Kind.PROJECT_ISSUE_TYPE, "Payment dispute").result()).isEqualTo(Result.CREATED);
        verify(issueTypes, never()).createIssueType(eq("Payment dispute"), anyString(), anyLong());
    }

    @Test
    void aFieldOfTheSameNameAndTypeIsFoundAndOneOfAnotherTypeIsAConflictLeftAlone() throws Exception {
        customField("Amount", fieldType("com.atlassian.jira.plugin.system.customfieldtypes:textfield"));
        customField("Currency", fieldType("com.atlassian.jira.plugin.system.customfieldtypes:select"));

        SetupReport report = install();

        assertThat(line(report, Kind.CUSTOM_FIELD, "Amount").result()).isEqualTo(Result.CONFLICT);
        assertThat(line(report, Kind.CUSTOM_FIELD, "Currency").result()).isEqualTo(Result.EXISTED);
        verify(customFields, never()).createCustomField(eq("Amount"), anyString(), any(), any(), anyList(), anyList());
        verify(customFields, never()).createCustomField(eq("Currency"), anyString(), any(), any(), anyList(),
                anyList());
        assertThat(optionsByField.get("Currency")).isEmpty();
    }

    @Test
    void whenJiraRefusesAnIssueTypeThatStepFailsWithJirasReasonAndTheOthersStillRun() {
        doThrow(new IllegalArgumentException("name too long")).when(issueTypes)
                .createIssueType(eq("Loyalty claim"), anyString(), anyLong());

        SetupReport report = install();

        SetupReport.Line failed = line(report, Kind.ISSUE_TYPE, "Loyalty claim");
        assertThat(failed.result()).isEqualTo(Result.FAILED);
        assertThat(failed.message()).isEqualTo("name too long");
        assertThat(line(report, Kind.PROJECT_ISSUE_TYPE, "Loyalty claim").result()).isEqualTo(Result.SKIPPED);
        assertThat(line(report, Kind.ISSUE_TYPE, "Failed top-up").result()).isEqualTo(Result.CREATED);
        SetupReport.Line points = line(report, Kind.CUSTOM_FIELD, "Points claimed");
        assertThat(points.result()).isEqualTo(Result.FAILED);
        assertThat(points.message()).contains("Loyalty claim", "does not exist");
        assertThat(line(report, Kind.CUSTOM_FIELD, "Amount").result()).isEqualTo(Result.CREATED);
    }

    @Test
    void whenJiraRefusesAFieldTheStepFailsWithTheReason() throws Exception {
        doThrow(new GenericEntityException("database is read-only")).when(customFields)
                .createCustomField(eq("Merchant name"), anyString(), any(), any(), anyList(), anyList());

        SetupReport report = install();

        SetupReport.Line failed = line(report, Kind.CUSTOM_FIELD, "Merchant name");
        assertThat(failed.result()).isEqualTo(Result.FAILED);
        assertThat(failed.message()).contains("Merchant name", "database is read-only");
        assertThat(target.state().fieldsNamed("Merchant name")).isEmpty();
        assertThat(line(report, Kind.CUSTOM_FIELD, "Card scheme").result()).isEqualTo(Result.CREATED);
    }

    @Test
    void aSelectListWhoseOptionsJiraRefusesIsReportedFailedWithTheOptionsLeftToAddByHand() {
        doThrow(new IllegalStateException("locked")).when(options).createOption(any(), isNull(), eq(1L), eq("No"));

        SetupReport report = install();

        SetupReport.Line atm = line(report, Kind.CUSTOM_FIELD, "ATM or terminal transaction");
        assertThat(atm.result()).isEqualTo(Result.FAILED);
        assertThat(atm.message()).contains("No", "locked", "was created", "add its options by hand", "Yes, No");
    }

    @Test
    void withoutADefaultIssueTypeAvatarNoIssueTypeIsCreatedAndTheReportSaysWhy() {
        doReturn(null).when(avatars).getDefaultAvatarId(IconType.ISSUE_TYPE_ICON_TYPE);

        SetupReport report = install();

        assertThat(lines(report, Kind.ISSUE_TYPE)).allMatch(line -> line.result() == Result.FAILED
                && line.message().contains("no default issue type avatar"));
        verify(issueTypes, never()).createIssueType(anyString(), anyString(), any());
    }

    @Test
    void aStalePlanNeverMakesASecondIssueTypeOrFieldOfOneName() throws Exception {
        issueType("Payment dispute");
        customField("Amount", fieldType("com.atlassian.jira.plugin.system.customfieldtypes:float"));
        IssueTypeSpec dispute = catalogue.issueTypes().get(0);

        assertThatThrownBy(() -> target.createIssueType(dispute)).hasMessageContaining("exists already");
        assertThatThrownBy(() -> target.createCustomField(field("Amount"), List.of(dispute)))
                .hasMessageContaining("exists already");
        verify(issueTypes, never()).createIssueType(anyString(), anyString(), any());
        verify(customFields, never()).createCustomField(anyString(), anyString(), any(), any(), anyList(), anyList());
    }

    private SetupReport install() {
        return SetupPlan.of(catalogue, target.state()).apply(target);
    }

    private FieldSpec field(String name) {
        return catalogue.fields().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<SetupReport.Line> lines(SetupReport report, Kind kind) {
        return report.lines().stream().filter(line -> line.step().kind() == kind).toList();
    }

    private static SetupReport.Line line(SetupReport report, Kind kind, String name) {
        return report.lines().stream().filter(line -> line.step().kind() == kind && line.step().name().equals(name))
                .findFirst().orElseThrow();
    }

    private IssueType named(String name) {
        return instanceTypes.stream().filter(type -> type.getName().equals(name)).findFirst().orElseThrow();
    }

    private IssueType issueType(String name) {
        IssueType type = mock(IssueType.class);
        when(type.getName()).thenReturn(name);
        when(type.getId()).thenReturn(String.valueOf(10000 + instanceTypes.size()));
        instanceTypes.add(type);
        return type;
    }

    private final Map<String, CustomFieldType<?, ?>> fieldTypes = new LinkedHashMap<>();

    private CustomFieldType<?, ?> fieldType(String key) {
        return fieldTypes.computeIfAbsent(key, k -> {
            CustomFieldType<?, ?> type = mock(CustomFieldType.class);
            when(type.getKey()).thenReturn(k);
            return type;
        });
    }

    private final Map<String, CustomFieldSearcher> searchers = new LinkedHashMap<>();

    private CustomFieldSearcher searcher(String key) {
        return searchers.computeIfAbsent(key, k -> mock(CustomFieldSearcher.class));
    }

    private CustomField customField(String name, CustomFieldType<?, ?> type) {
        CustomField field = mock(CustomField.class);
        FieldConfigScheme scheme = mock(FieldConfigScheme.class);
        FieldConfig config = mock(FieldConfig.class);
        when(field.getName()).thenReturn(name);
        when(field.getCustomFieldType()).thenAnswer(call -> type);
        when(field.getConfigurationSchemes()).thenReturn(List.of(scheme));
        when(scheme.getOneAndOnlyConfig()).thenReturn(config);
        configs.put(config, name);
        optionsByField.put(name, new ArrayList<>());
        fields.add(field);
        return field;
    }
}
