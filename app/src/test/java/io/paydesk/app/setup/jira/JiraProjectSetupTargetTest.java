package io.paydesk.app.setup.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockConstruction;
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
import com.atlassian.jira.issue.fields.screen.FieldScreen;
import com.atlassian.jira.issue.fields.screen.FieldScreenImpl;
import com.atlassian.jira.issue.fields.screen.FieldScreenLayoutItem;
import com.atlassian.jira.issue.fields.screen.FieldScreenManager;
import com.atlassian.jira.issue.fields.screen.FieldScreenTab;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.servicedesk.api.ServiceDesk;
import com.atlassian.servicedesk.api.ServiceDeskManager;
import com.atlassian.servicedesk.api.requesttype.RequestType;
import com.atlassian.servicedesk.api.requesttype.RequestTypeCreateParameters;
import com.atlassian.servicedesk.api.requesttype.RequestTypeGroup;
import com.atlassian.servicedesk.api.requesttype.RequestTypeQuery;
import com.atlassian.servicedesk.api.requesttype.RequestTypeService;
import com.atlassian.servicedesk.api.util.paging.PagedRequest;
import com.atlassian.servicedesk.api.util.paging.PagedResponse;
import com.atlassian.servicedesk.api.util.paging.SimplePagedRequest;
import io.paydesk.core.setup.FieldSpec;
import io.paydesk.core.setup.IssueTypeSpec;
import io.paydesk.core.setup.RequestTypeSpec;
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
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.MockedConstruction;
import org.mockito.MockedStatic;
import org.ofbiz.core.entity.GenericEntityException;

/**
 * Installing Paydesk into a Jira project through Jira's API, with Jira's managers played by mocks that remember
 * what was created: issue types, custom fields, screens with their fields and JSM request types are created once,
 * found the second time, refused names are reported, and nothing that failed half-way is hidden.
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
    private static final int SERVICE_DESK_ID = 7;
    private final ServiceDeskManager serviceDesks = mock(ServiceDeskManager.class);
    private final ServiceDesk desk = mock(ServiceDesk.class);
    private final RequestTypeService requestTypes = mock(RequestTypeService.class);
    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final ApplicationUser administrator = mock(ApplicationUser.class);
    /** The service desk's request types by name, in JSM's order, and the new ones as they were asked for. */
    private final List<String> deskRequestTypes = new ArrayList<>();
    private final List<CreatedRequestType> createdRequestTypes = new ArrayList<>();
    /** Where each page JSM was asked for starts, by the page request the target built. */
    private final Map<Object, Integer> pageStarts = new LinkedHashMap<>();
    private final MockedConstruction<SimplePagedRequest> pages = mockConstruction(SimplePagedRequest.class,
            (page, context) -> {
                assertThat(context.arguments().get(1)).isEqualTo(JiraProjectSetupTarget.REQUEST_TYPE_PAGE);
                pageStarts.put(page, (Integer) context.arguments().get(0));
            });

    private final List<IssueType> instanceTypes = new ArrayList<>();
    private final List<String> projectTypeIds = new ArrayList<>();
    private final List<CustomField> fields = new ArrayList<>();
    private final Map<String, List<String>> optionsByField = new LinkedHashMap<>();
    private final Map<FieldConfig, String> configs = new LinkedHashMap<>();

    /** Jira's screens, the ones found and the ones the target stored, and each new screen's name as it was set. */
    private final FieldScreenManager fieldScreens = mock(FieldScreenManager.class);
    private final List<FieldScreen> screens = new ArrayList<>();
    private final Map<FieldScreen, String> newScreenNames = new LinkedHashMap<>();
    /** When set, Jira refuses to store a new screen with this reason. */
    private String screenStoreRefusal;
    private final MockedConstruction<FieldScreenImpl> newScreens = mockConstruction(FieldScreenImpl.class,
            (screen, context) -> {
                assertThat(context.arguments()).singleElement().isSameAs(fieldScreens);
                List<FieldScreenTab> tabs = new ArrayList<>();
                doAnswer(call -> newScreenNames.put(screen, call.getArgument(0))).when(screen).setName(anyString());
                when(screen.getName()).thenAnswer(call -> newScreenNames.get(screen));
                when(screen.getTabs()).thenAnswer(call -> List.copyOf(tabs));
                doAnswer(call -> {
                    if (screenStoreRefusal != null) {
                        throw new IllegalStateException(screenStoreRefusal);
                    }
                    return screens.add(screen);
                }).when(screen).store();
                when(screen.addTab(anyString())).thenAnswer(call -> {
                    FieldScreenTab tab = tab(call.getArgument(0));
                    tabs.add(tab);
                    return tab;
                });
            });

    /** Jira's screen schemes; the project has an issue type screen scheme of its own. */
    private final JiraScreenSchemeFixture screenSchemes = new JiraScreenSchemeFixture();

    private final JiraProjectSetupTarget target = new JiraProjectSetupTarget(project,
            new JiraProjectSetupTarget.Services(issueTypes, schemes, customFields, avatars, options, projects,
                    serviceDesks, requestTypes, authentication, fieldScreens,
                    screenSchemes.schemes(fieldScreens, issueTypes, projects)));

    JiraProjectSetupTargetTest() throws Exception {
        when(project.getId()).thenReturn(PROJECT_ID);
        when(projects.getProjectObjects()).thenReturn(List.of(project));
        screenSchemes.projectSchemes.put(project, screenSchemes.issueTypeScreenScheme(30L, "PAY: Issue Type Screen Scheme"));
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
        when(fieldScreens.getFieldScreens()).thenAnswer(call -> List.copyOf(screens));
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
        when(serviceDesks.getServiceDeskForProject(project)).thenReturn(desk);
        when(desk.getId()).thenReturn(SERVICE_DESK_ID);
        when(authentication.getLoggedInUser()).thenReturn(administrator);
        when(requestTypes.newQueryBuilder()).thenAnswer(call -> new QueryBuilder());
        when(requestTypes.getRequestTypes(eq(administrator), any())).thenAnswer(call -> page(call.getArgument(1)));
        when(requestTypes.newCreateBuilder()).thenAnswer(call -> new CreateBuilder());
        when(requestTypes.createRequestType(eq(administrator), any())).thenAnswer(call -> {
            CreatedRequestType created = call.getArgument(1);
            createdRequestTypes.add(created);
            deskRequestTypes.add(created.name());
            created.groupIds().forEach(id -> deskGroups.computeIfAbsent(created.name(), n -> new ArrayList<>())
                    .add(portalGroups.get(id)));
            return requestType(created.name());
        });
    }

    @AfterEach
    void closeStaticMocks() {
        contexts.close();
        pages.close();
        newScreens.close();
        screenSchemes.close();
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
    void everyScreenIsCreatedWithOneTabHoldingItsIssueTypesFieldsInCatalogueOrder() {
        SetupReport report = install();

        assertThat(lines(report, Kind.SCREEN)).allMatch(line -> line.result() == Result.CREATED)
                .hasSize(catalogue.issueTypes().size());
        assertThat(lines(report, Kind.SCREEN_FIELD)).allMatch(line -> line.result() == Result.CREATED);
        assertThat(newScreens.constructed()).hasSize(catalogue.issueTypes().size());
        FieldScreen loyalty = screen("Paydesk: Loyalty claim");
        assertThat(loyalty.getTabs()).extracting(FieldScreenTab::getName).containsExactly("Paydesk");
        IssueTypeSpec loyaltyType = catalogue.issueTypes().get(1);
        assertThat(fieldNames(loyalty.getTabs().get(0)))
                .containsExactlyElementsOf(loyaltyType.fields().stream().map(FieldSpec::name).toList());
        assertThat(target.state().screen("Paydesk: Payment dispute")).hasValueSatisfying(onScreen -> assertThat(onScreen)
                .containsAll(catalogue.issueTypes().get(0).fields().stream().map(FieldSpec::name).toList()));
    }

    @Test
    void everyIssueTypeGetsAScreenSchemeShowingItsScreenMappedInTheProjectsIssueTypeScreenScheme() {
        SetupReport report = install();

        assertThat(lines(report, Kind.SCREEN_SCHEME)).hasSize(catalogue.issueTypes().size())
                .allMatch(line -> line.result() == Result.CREATED);
        assertThat(lines(report, Kind.ISSUE_TYPE_SCREEN_SCHEME)).hasSize(catalogue.issueTypes().size())
                .allMatch(line -> line.result() == Result.CREATED
                        && line.step().within().equals("PAY: Issue Type Screen Scheme"));
        for (IssueTypeSpec type : catalogue.issueTypes()) {
            assertThat(screenSchemes.mappedScheme(project, named(type.name()).getId())).isEqualTo(type.screenName());
            assertThat(screenSchemes.stored).filteredOn(scheme -> type.screenName().equals(scheme.getName()))
                    .singleElement().satisfies(scheme -> assertThat(screenSchemes.defaultScreens.get(scheme))
                            .isSameAs(screen(type.screenName())));
        }
    }

    @Test
    void aScreenThatExistsIsFoundByNameItsFieldsAreKeptAndOnlyTheMissingOnesAdded() throws Exception {
        CustomField account = customField("Loyalty account",
                fieldType("com.atlassian.jira.plugin.system.customfieldtypes:textfield"));
        FieldScreen existing = existingScreen("Paydesk: Loyalty claim", "Paydesk");
        existing.getTabs().get(0).addFieldScreenLayoutItem(account.getId());

        SetupReport report = install();

        assertThat(line(report, Kind.SCREEN, "Paydesk: Loyalty claim").result()).isEqualTo(Result.EXISTED);
        assertThat(lines(report, Kind.SCREEN_FIELD).stream()
                .filter(line -> line.step().within().equals("Paydesk: Loyalty claim")))
                .allMatch(line -> line.result() == (line.step().name().equals("Loyalty account")
                        ? Result.EXISTED : Result.CREATED));
        assertThat(newScreens.constructed()).hasSize(catalogue.issueTypes().size() - 1);
        assertThat(fieldNames(existing.getTabs().get(0)))
                .containsExactly("Loyalty account", "Loyalty claim kind", "Transaction reference (RRN)",
                        "Points claimed", "Transaction date");
    }

    @Test
    void aFieldOfAnotherTypeIsAConflictAndIsNeverPutOnAScreen() throws Exception {
        CustomField amount = customField("Amount", fieldType("com.atlassian.jira.plugin.system.customfieldtypes:textfield"));

        SetupReport report = install();

        assertThat(line(report, Kind.CUSTOM_FIELD, "Amount").result()).isEqualTo(Result.CONFLICT);
        assertThat(lines(report, Kind.SCREEN_FIELD)).noneMatch(line -> line.step().name().equals("Amount"));
        assertThat(screen("Paydesk: Failed top-up").getTabs().get(0).getFieldScreenLayoutItems())
                .noneMatch(item -> item.getFieldId().equals(amount.getId()));
        assertThat(fieldNames(screen("Paydesk: Failed top-up").getTabs().get(0))).contains("Currency");
    }

    @Test
    void aScreenWithoutThePaydeskTabGetsNoFieldsAndEachFieldStepSaysWhatToDoByHand() {
        existingScreen("Paydesk: Card block/unblock", "Field Tab");

        SetupReport report = install();

        assertThat(line(report, Kind.SCREEN, "Paydesk: Card block/unblock").result()).isEqualTo(Result.EXISTED);
        List<SetupReport.Line> cardFields = lines(report, Kind.SCREEN_FIELD).stream()
                .filter(line -> line.step().within().equals("Paydesk: Card block/unblock")).toList();
        assertThat(cardFields).isNotEmpty().allMatch(line -> line.result() == Result.FAILED
                && line.message().contains("has no tab named Paydesk")
                && line.message().contains("by hand"));
        assertThat(screen("Paydesk: Card block/unblock").getTabs().get(0).getFieldScreenLayoutItems()).isEmpty();
    }

    @Test
    void whenJiraRefusesToStoreScreensTheirFieldsAreSkippedAndRequestTypesStillCreated() {
        screenStoreRefusal = "screen store is read-only";

        SetupReport report = install();

        assertThat(lines(report, Kind.SCREEN)).allMatch(line -> line.result() == Result.FAILED
                && line.message().contains("did not create the screen")
                && line.message().contains("screen store is read-only"));
        assertThat(lines(report, Kind.SCREEN_FIELD)).allMatch(line -> line.result() == Result.SKIPPED);
        assertThat(lines(report, Kind.SCREEN_SCHEME)).allMatch(line -> line.result() == Result.SKIPPED);
        assertThat(lines(report, Kind.ISSUE_TYPE_SCREEN_SCHEME)).allMatch(line -> line.result() == Result.SKIPPED);
        assertThat(lines(report, Kind.REQUEST_TYPE)).allMatch(line -> line.result() == Result.CREATED);
        assertThat(screens).isEmpty();
    }

    @Test
    void whenJiraRefusesAFieldOnAScreenThatStepFailsWithTheReasonAndTheOthersStillRun() throws Exception {
        CustomField severity = customField("Severity", fieldType("com.atlassian.jira.plugin.system.customfieldtypes:select"));
        refusedFieldIds.put(severity.getId(), "field is hidden in the field configuration");

        SetupReport report = install();

        SetupReport.Line failed = line(report, Kind.SCREEN_FIELD, "Severity");
        assertThat(failed.result()).isEqualTo(Result.FAILED);
        assertThat(failed.message()).contains("Severity", "Paydesk: Partner API incident",
                "field is hidden in the field configuration");
        assertThat(line(report, Kind.SCREEN_FIELD, "First seen").result()).isEqualTo(Result.CREATED);
        assertThat(fieldNames(screen("Paydesk: Partner API incident").getTabs().get(0)))
                .containsExactly("Partner", "API operation", "First seen", "Correlation ID", "Error code");
    }

    @Test
    void aStalePlanNeverMakesASecondScreenOfOneNameNorPutsAFieldTwiceOnIt() {
        install();
        IssueTypeSpec dispute = catalogue.issueTypes().get(0);

        assertThatThrownBy(() -> target.createScreen(dispute.screenName())).hasMessageContaining("exists already");
        assertThatThrownBy(() -> target.addFieldToScreen(dispute.screenName(), field("Amount")))
                .hasMessageContaining("is on the screen Paydesk: Payment dispute already");
        assertThat(newScreens.constructed()).hasSize(catalogue.issueTypes().size());
    }

    @Test
    void everyRequestTypeIsCreatedOnTheProjectsServiceDeskWithItsNameDescriptionAndIssueType() {
        SetupReport report = install();

        assertThat(lines(report, Kind.REQUEST_TYPE)).allMatch(line -> line.result() == Result.CREATED)
                .hasSize(catalogue.issueTypes().size());
        IssueTypeSpec dispute = catalogue.issueTypes().get(0);
        RequestTypeSpec request = dispute.requestType();
        assertThat(createdRequestTypes).contains(new CreatedRequestType(desk, named("Payment dispute"),
                request.name(), request.description(), List.of()));
        assertThat(target.state().requestTypes())
                .containsAll(catalogue.issueTypes().stream().map(t -> t.requestType().name()).toList());
    }

    @Test
    void aRequestTypeOfTheSameNameIsFoundEvenOnALaterPageAndNotCreatedAgain() {
        for (int i = 0; i < JiraProjectSetupTarget.REQUEST_TYPE_PAGE + 3; i++) {
            deskRequestTypes.add("Get IT help " + i);
        }
        deskRequestTypes.add("Claim loyalty points");

        SetupReport report = install();

        assertThat(line(report, Kind.REQUEST_TYPE, "Claim loyalty points").result()).isEqualTo(Result.EXISTED);
        assertThat(line(report, Kind.REQUEST_TYPE, "Dispute a card payment").result()).isEqualTo(Result.CREATED);
        assertThat(createdRequestTypes).extracting(CreatedRequestType::name).doesNotContain("Claim loyalty points");
        assertThat(pageStarts.values()).contains(0, JiraProjectSetupTarget.REQUEST_TYPE_PAGE);
    }

    @Test
    void whenJsmRefusesARequestTypeThatStepFailsWithTheReasonAndTheOthersStillRun() {
        when(requestTypes.createRequestType(eq(administrator), any())).thenAnswer(call -> {
            CreatedRequestType created = call.getArgument(1);
            if (created.name().equals("Report a failed top-up")) {
                throw new IllegalArgumentException("the request type limit is reached");
            }
            createdRequestTypes.add(created);
            deskRequestTypes.add(created.name());
            return requestType(created.name());
        });

        SetupReport report = install();

        SetupReport.Line failed = line(report, Kind.REQUEST_TYPE, "Report a failed top-up");
        assertThat(failed.result()).isEqualTo(Result.FAILED);
        assertThat(failed.message()).contains("Report a failed top-up", "the request type limit is reached");
        assertThat(line(report, Kind.REQUEST_TYPE, "Block or unblock a card").result()).isEqualTo(Result.CREATED);
    }

    @Test
    void whenJsmCannotListRequestTypesEachRequestTypeStepFailsWithTheReasonAndNothingIsCreated() {
        when(requestTypes.getRequestTypes(eq(administrator), any()))
                .thenThrow(new IllegalStateException("service desk is archived"));

        SetupReport report = install();

        assertThat(lines(report, Kind.REQUEST_TYPE)).allMatch(line -> line.result() == Result.FAILED
                && line.message().contains("service desk is archived"));
        assertThat(lines(report, Kind.ISSUE_TYPE)).allMatch(line -> line.result() == Result.CREATED);
        verify(requestTypes, never()).createRequestType(any(), any());
    }

    @Test
    void aStalePlanNeverMakesASecondRequestTypeOfOneName() {
        deskRequestTypes.add("Dispute a card payment");
        IssueTypeSpec dispute = catalogue.issueTypes().get(0);

        assertThatThrownBy(() -> target.createRequestType(dispute.requestType(), dispute, Optional.empty()))
                .hasMessageContaining("exists already");
        verify(requestTypes, never()).createRequestType(any(), any());
    }

    @Test
    void theProjectsPortalGroupsAreReadFromItsRequestTypesAndNewOnesGoInTheChosenOne() {
        existingRequestType("Get IT help", 3, "General");
        existingRequestType("Report a system problem", 4, "Technical support");
        assertThat(target.state().portalGroups()).containsExactlyInAnyOrder("General", "Technical support");

        SetupReport report = SetupPlan.of(catalogue, target.state(), Optional.of("Technical support")).apply(target);

        assertThat(lines(report, Kind.REQUEST_TYPE)).allMatch(line -> line.result() == Result.CREATED);
        assertThat(createdRequestTypes).hasSize(catalogue.issueTypes().size())
                .allMatch(created -> created.groupIds().equals(List.of(4)));
    }

    @Test
    void aPortalGroupThatIsGoneByNowIsRefusedAndNoRequestTypeIsCreated() {
        existingRequestType("Get IT help", 3, "General");
        IssueTypeSpec dispute = catalogue.issueTypes().get(0);
        issueType("Payment dispute");

        assertThatThrownBy(() -> target.createRequestType(dispute.requestType(), dispute, Optional.of("Cards")))
                .hasMessage("no request type of the project is in the portal group Cards any more: choose another group");
        verify(requestTypes, never()).createRequestType(any(), any());
    }

    @Test
    void runningTwiceCreatesNothingNew() throws Exception {
        install();
        SetupReport second = install();

        for (Kind kind : Kind.values()) {
            assertThat(lines(second, kind)).allMatch(line -> line.result() == Result.EXISTED);
        }
        verify(issueTypes, times(catalogue.issueTypes().size())).createIssueType(anyString(), anyString(), anyLong());
        verify(customFields, times(catalogue.fields().size()))
                .createCustomField(anyString(), anyString(), any(), any(), anyList(), anyList());
        assertThat(optionsByField.get("Currency")).hasSameSizeAs(SetupCatalogue.CURRENCIES);
        assertThat(createdRequestTypes).hasSize(catalogue.issueTypes().size());
        assertThat(newScreens.constructed()).hasSize(catalogue.issueTypes().size());
        assertThat(fieldNames(screen("Paydesk: Loyalty claim").getTabs().get(0)))
                .hasSameSizeAs(catalogue.issueTypes().get(1).fields());
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

    /** Custom field ids Jira refuses to put on a tab, with its reason. */
    private final Map<String, String> refusedFieldIds = new LinkedHashMap<>();

    private FieldScreen screen(String name) {
        return screens.stream().filter(screen -> name.equals(screen.getName())).findFirst().orElseThrow();
    }

    private FieldScreen existingScreen(String name, String tabName) {
        FieldScreen screen = mock(FieldScreen.class);
        FieldScreenTab tab = tab(tabName);
        when(screen.getName()).thenReturn(name);
        when(screen.getTabs()).thenReturn(List.of(tab));
        screens.add(screen);
        return screen;
    }

    /** A tab that keeps the fields put on it, in order, unless Jira refuses the field. */
    private FieldScreenTab tab(String name) {
        FieldScreenTab tab = mock(FieldScreenTab.class);
        List<FieldScreenLayoutItem> items = new ArrayList<>();
        when(tab.getName()).thenReturn(name);
        when(tab.getFieldScreenLayoutItems()).thenAnswer(call -> List.copyOf(items));
        doAnswer(call -> {
            String fieldId = call.getArgument(0);
            if (refusedFieldIds.containsKey(fieldId)) {
                throw new IllegalArgumentException(refusedFieldIds.get(fieldId));
            }
            FieldScreenLayoutItem item = mock(FieldScreenLayoutItem.class);
            when(item.getFieldId()).thenReturn(fieldId);
            items.add(item);
            return null;
        }).when(tab).addFieldScreenLayoutItem(anyString());
        return tab;
    }

    private List<String> fieldNames(FieldScreenTab tab) {
        return tab.getFieldScreenLayoutItems().stream().map(item -> fields.stream()
                .filter(field -> field.getId().equals(item.getFieldId())).findFirst().orElseThrow().getName()).toList();
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
        when(field.getId()).thenReturn("customfield_" + (10000 + fields.size()));
        when(field.getCustomFieldType()).thenAnswer(call -> type);
        when(field.getConfigurationSchemes()).thenReturn(List.of(scheme));
        when(scheme.getOneAndOnlyConfig()).thenReturn(config);
        configs.put(config, name);
        optionsByField.put(name, new ArrayList<>());
        fields.add(field);
        return field;
    }

    private PagedResponse<RequestType> page(RequestTypeQuery query) {
        Query asked = (Query) query;
        assertThat(asked.serviceDesk()).isEqualTo(SERVICE_DESK_ID);
        int start = pageStarts.get(asked.page());
        int end = Math.min(deskRequestTypes.size(), start + JiraProjectSetupTarget.REQUEST_TYPE_PAGE);
        List<RequestType> results = deskRequestTypes.subList(Math.min(start, end), end).stream()
                .map(this::requestType).toList();
        @SuppressWarnings("unchecked")
        PagedResponse<RequestType> response = mock(PagedResponse.class);
        when(response.getResults()).thenReturn(results);
        when(response.hasNextPage()).thenReturn(end < deskRequestTypes.size());
        return response;
    }

    private RequestType requestType(String name) {
        RequestType type = mock(RequestType.class);
        when(type.getName()).thenReturn(name);
        when(type.getGroups()).thenReturn(List.copyOf(deskGroups.getOrDefault(name, List.of())));
        return type;
    }

    /** The service desk's portal groups by id, and the groups each request type is in, by its name. */
    private final Map<Integer, RequestTypeGroup> portalGroups = new LinkedHashMap<>();
    private final Map<String, List<RequestTypeGroup>> deskGroups = new LinkedHashMap<>();

    /** A request type that exists already in a portal group. */
    private void existingRequestType(String name, int groupId, String groupName) {
        RequestTypeGroup group = portalGroups.computeIfAbsent(groupId, id -> {
            RequestTypeGroup created = mock(RequestTypeGroup.class);
            when(created.getId()).thenReturn(id);
            when(created.getName()).thenReturn(groupName);
            return created;
        });
        deskRequestTypes.add(name);
        deskGroups.computeIfAbsent(name, n -> new ArrayList<>()).add(group);
    }

    /** A query as the target built it: the service desk and the page. */
    private record Query(Integer serviceDesk, PagedRequest page) implements RequestTypeQuery {
    }

    private static final class QueryBuilder implements RequestTypeQuery.Builder {
        private Integer serviceDesk;
        private PagedRequest page;

        @Override
        public RequestTypeQuery.Builder serviceDesk(Integer serviceDesk) {
            this.serviceDesk = serviceDesk;
            return this;
        }

        @Override
        public RequestTypeQuery.Builder pagedRequest(PagedRequest pagedRequest) {
            this.page = pagedRequest;
            return this;
        }

        @Override
        public RequestTypeQuery build() {
            return new Query(serviceDesk, page);
        }
    }

    /** The parameters of a request type as the target built them. */
    private record CreatedRequestType(ServiceDesk desk, IssueType issueType, String name, String description,
                                      List<Integer> groupIds)
            implements RequestTypeCreateParameters {
    }

    private static final class CreateBuilder implements RequestTypeCreateParameters.Builder {
        private ServiceDesk desk;
        private IssueType issueType;
        private String name;
        private String description;
        private final List<Integer> groupIds = new ArrayList<>();

        @Override
        public RequestTypeCreateParameters.Builder serviceDesk(ServiceDesk serviceDesk) {
            this.desk = serviceDesk;
            return this;
        }

        @Override
        public RequestTypeCreateParameters.Builder issueType(IssueType issueType) {
            this.issueType = issueType;
            return this;
        }

        @Override
        public RequestTypeCreateParameters.Builder name(String name) {
            this.name = name;
            return this;
        }

        @Override
        public RequestTypeCreateParameters.Builder description(String description) {
            this.description = description;
            return this;
        }

        @Override
        public RequestTypeCreateParameters.Builder addGroupId(Integer groupId) {
            groupIds.add(groupId);
            return this;
        }

        @Override
        public RequestTypeCreateParameters build() {
            return new CreatedRequestType(desk, issueType, name, description, List.copyOf(groupIds));
        }
    }
}
