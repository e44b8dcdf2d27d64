package io.paydesk.app.setup.jira;

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
import com.atlassian.servicedesk.api.ServiceDesk;
import com.atlassian.servicedesk.api.ServiceDeskManager;
import com.atlassian.servicedesk.api.requesttype.RequestType;
import com.atlassian.servicedesk.api.requesttype.RequestTypeCreateParameters;
import com.atlassian.servicedesk.api.requesttype.RequestTypeGroup;
import com.atlassian.servicedesk.api.requesttype.RequestTypeQuery;
import com.atlassian.servicedesk.api.requesttype.RequestTypeService;
import com.atlassian.servicedesk.api.util.paging.PagedResponse;
import com.atlassian.servicedesk.api.util.paging.SimplePagedRequest;
import io.paydesk.core.setup.FieldSpec;
import io.paydesk.core.setup.IssueTypeSpec;
import io.paydesk.core.setup.ProjectSetupTarget;
import io.paydesk.core.setup.ProjectState;
import io.paydesk.core.setup.RequestTypeSpec;
import io.paydesk.core.setup.SetupCatalogue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One Jira project's configuration through Jira's Java API, using only calls whose signatures were checked
 * against Atlassian's javadoc or sources (see provided-api/README.md). It reads the instance's issue types and
 * custom fields and the project's issue types; it creates issue types (with Jira's default issue type avatar),
 * adds an existing issue type to the project's issue type scheme keeping every type already in it, and creates
 * custom fields of built-in types with a context for this project and the issue types that carry them, select
 * lists with their options in order. Each creation first looks for its English name again and refuses when it
 * is taken, so a stale plan never makes a second one. It reads the request types of the project's service desk,
 * page by page, with the portal groups they are in, and creates a missing one with the catalogue's name and
 * description on its issue type, in the chosen portal group if any, as the administrator who runs the install.
 * It reads the screens named {@code Paydesk: <issue type>} with the custom fields on any of their tabs, creates a
 * missing one with its one tab {@code Paydesk}, and puts a custom field of the catalogue's name and type on that
 * tab, after the fields already there. Screen schemes and the project's issue type screen scheme go through
 * {@link JiraScreenSchemes}.
 */
final class JiraProjectSetupTarget implements ProjectSetupTarget {

    /** The Jira services this target calls, as Jira injects them. */
    record Services(IssueTypeManager issueTypes, IssueTypeSchemeManager issueTypeSchemes,
                    CustomFieldManager customFields, AvatarManager avatars, OptionsManager options,
                    ProjectManager projects, ServiceDeskManager serviceDesks, RequestTypeService requestTypes,
                    JiraAuthenticationContext authentication, FieldScreenManager screens,
                    JiraScreenSchemes screenSchemes) {
    }

    /** Request types are read this many at a time. */
    static final int REQUEST_TYPE_PAGE = 50;
    /** More pages than this means JSM keeps answering "there is more": the read stops rather than loop. */
    private static final int MAX_REQUEST_TYPE_PAGES = 200;

    private final Project project;
    private final Services jira;

    JiraProjectSetupTarget(Project project, Services jira) {
        this.project = project;
        this.jira = jira;
    }

    @Override
    public ProjectState state() {
        Set<String> all = new LinkedHashSet<>();
        jira.issueTypes().getIssueTypes().forEach(type -> all.add(type.getName()));
        Set<String> inProject = new LinkedHashSet<>();
        jira.issueTypeSchemes().getIssueTypesForProject(project).forEach(type -> inProject.add(type.getName()));
        List<ProjectState.ExistingField> fields = new ArrayList<>();
        for (CustomField field : jira.customFields().getCustomFieldObjects()) {
            fields.add(new ProjectState.ExistingField(field.getName(), typeKey(field)));
        }
        List<RequestType> requestTypes = requestTypesOrNone();
        Set<String> requestTypeNames = new LinkedHashSet<>();
        Set<String> portalGroups = new LinkedHashSet<>();
        for (RequestType type : requestTypes) {
            requestTypeNames.add(type.getName());
            groupsOf(type).forEach(group -> portalGroups.add(group.getName()));
        }
        return new ProjectState(all, inProject, fields, paydeskScreens(), requestTypeNames, portalGroups,
                jira.screenSchemes().names(), jira.screenSchemes().of(project));
    }

    /** Paydesk's screens by name, each with the names of the custom fields on any of its tabs. */
    private Map<String, Set<String>> paydeskScreens() {
        Map<String, String> fieldNames = new LinkedHashMap<>();
        jira.customFields().getCustomFieldObjects().forEach(field -> fieldNames.put(field.getId(), field.getName()));
        Map<String, Set<String>> screens = new LinkedHashMap<>();
        for (FieldScreen screen : jira.screens().getFieldScreens()) {
            if (screen.getName() == null || !screen.getName().startsWith(SetupCatalogue.SCREEN_PREFIX)) {
                continue;
            }
            Set<String> onScreen = screens.computeIfAbsent(screen.getName(), name -> new LinkedHashSet<>());
            for (FieldScreenTab tab : screen.getTabs()) {
                for (FieldScreenLayoutItem item : tab.getFieldScreenLayoutItems()) {
                    String name = fieldNames.get(item.getFieldId());
                    if (name != null) {
                        onScreen.add(name);
                    }
                }
            }
        }
        return screens;
    }

    /**
     * The project's request types; none when JSM cannot list them, so each request type step is planned and then
     * reports JSM's reason when it reads them again.
     */
    private List<RequestType> requestTypesOrNone() {
        try {
            return requestTypes(jira.serviceDesks().getServiceDeskForProject(project));
        } catch (RuntimeException unreadable) {
            return List.of();
        }
    }

    private List<RequestType> requestTypes(ServiceDesk desk) {
        List<RequestType> all = new ArrayList<>();
        for (int page = 0; page < MAX_REQUEST_TYPE_PAGES; page++) {
            RequestTypeQuery query = jira.requestTypes().newQueryBuilder().serviceDesk(desk.getId())
                    .pagedRequest(new SimplePagedRequest(page * REQUEST_TYPE_PAGE, REQUEST_TYPE_PAGE)).build();
            PagedResponse<RequestType> types = jira.requestTypes()
                    .getRequestTypes(jira.authentication().getLoggedInUser(), query);
            all.addAll(types.getResults());
            if (!types.hasNextPage()) {
                return all;
            }
        }
        throw new IllegalStateException("Jira Service Management listed more than "
                + MAX_REQUEST_TYPE_PAGES * REQUEST_TYPE_PAGE + " request types for the project");
    }

    @Override
    public Applied createIssueType(IssueTypeSpec issueType) {
        if (issueTypeNamed(issueType.name()).isPresent()) {
            throw new IllegalStateException("an issue type named " + issueType.name() + " exists already");
        }
        Long avatar = jira.avatars().getDefaultAvatarId(IconType.ISSUE_TYPE_ICON_TYPE);
        if (avatar == null) {
            throw new IllegalStateException("Jira has no default issue type avatar: create the issue type "
                    + issueType.name() + " in Jira's administration");
        }
        jira.issueTypes().createIssueType(issueType.name(), issueType.description(), avatar);
        return Applied.CREATED;
    }

    @Override
    public Applied addIssueTypeToProject(IssueTypeSpec issueType) {
        IssueType type = issueTypeNamed(issueType.name())
                .orElseThrow(() -> new IllegalStateException("no issue type named " + issueType.name()));
        List<String> ids = new ArrayList<>();
        jira.issueTypeSchemes().getIssueTypesForProject(project).forEach(t -> ids.add(t.getId()));
        if (!ids.contains(type.getId())) {
            ids.add(type.getId());
            FieldConfigScheme scheme = jira.issueTypeSchemes().getConfigScheme(project);
            jira.issueTypeSchemes().update(scheme, ids);
        }
        return Applied.CREATED;
    }

    @Override
    public Applied createCustomField(FieldSpec field, List<IssueTypeSpec> carriers) {
        for (CustomField existing : jira.customFields().getCustomFieldObjects()) {
            if (existing.getName().equals(field.name())) {
                throw new IllegalStateException("a custom field named " + field.name() + " exists already (of type "
                        + typeKey(existing) + ")");
            }
        }
        CustomFieldType<?, ?> type = jira.customFields().getCustomFieldType(field.type().typeKey());
        if (type == null) {
            throw new IllegalStateException("Jira has no custom field type " + field.type().typeKey());
        }
        CustomFieldSearcher searcher = jira.customFields().getCustomFieldSearcher(field.type().searcherKey());
        if (searcher == null) {
            throw new IllegalStateException("Jira has no custom field searcher " + field.type().searcherKey());
        }
        List<IssueType> issueTypes = new ArrayList<>();
        for (IssueTypeSpec carrier : carriers) {
            issueTypes.add(issueTypeNamed(carrier.name()).orElseThrow(() -> new IllegalStateException(
                    "the issue type " + carrier.name() + " that carries " + field.name() + " does not exist")));
        }
        List<JiraContextNode> contexts = CustomFieldUtils.buildJiraIssueContexts(false,
                new Long[] {project.getId()}, jira.projects());
        CustomField created;
        try {
            created = jira.customFields().createCustomField(field.name(), field.description(), type, searcher,
                    contexts, issueTypes);
        } catch (Exception refused) {
            throw new IllegalStateException("Jira did not create the custom field " + field.name() + ": "
                    + refused.getMessage(), refused);
        }
        if (!field.options().isEmpty()) {
            addOptions(created, field);
        }
        return Applied.CREATED;
    }

    /**
     * Adds a new select list's options, in order, to the configuration of its one context. Should that fail, the
     * field exists without (all) its options; the step is then reported as failed with the options still to add,
     * since a second run would find the field and not look at its options.
     */
    private void addOptions(CustomField created, FieldSpec field) {
        String toDoByHand = "; the field " + field.name() + " was created: add its options by hand, in this order: "
                + String.join(", ", field.options());
        List<FieldConfigScheme> schemes = created.getConfigurationSchemes();
        FieldConfig config = schemes == null || schemes.size() != 1 ? null : schemes.get(0).getOneAndOnlyConfig();
        if (config == null) {
            throw new IllegalStateException("Jira gave the new field no single configuration" + toDoByHand);
        }
        long sequence = 0;
        try {
            for (String option : field.options()) {
                jira.options().createOption(config, null, sequence++, option);
            }
        } catch (RuntimeException refused) {
            throw new IllegalStateException("Jira did not add the option " + field.options().get((int) sequence - 1)
                    + ": " + refused.getMessage() + toDoByHand, refused);
        }
    }

    @Override
    public Applied createScreen(String screenName) {
        if (screenNamed(screenName).isPresent()) {
            throw new IllegalStateException("a screen named " + screenName + " exists already");
        }
        FieldScreen screen = new FieldScreenImpl(jira.screens());
        screen.setName(screenName);
        try {
            screen.store();
        } catch (RuntimeException refused) {
            throw new IllegalStateException("Jira did not create the screen " + screenName + ": "
                    + refused.getMessage(), refused);
        }
        try {
            screen.addTab(SetupCatalogue.SCREEN_TAB);
        } catch (RuntimeException refused) {
            throw new IllegalStateException("Jira did not add the tab " + SetupCatalogue.SCREEN_TAB + ": "
                    + refused.getMessage() + "; the screen " + screenName + " was created: add the tab "
                    + SetupCatalogue.SCREEN_TAB + " to it by hand", refused);
        }
        return Applied.CREATED;
    }

    @Override
    public Applied addFieldToScreen(String screenName, FieldSpec field) {
        FieldScreen screen = screenNamed(screenName)
                .orElseThrow(() -> new IllegalStateException("no screen named " + screenName));
        List<CustomField> candidates = jira.customFields().getCustomFieldObjects().stream()
                .filter(f -> f.getName().equals(field.name()) && typeKey(f).equals(field.type().typeKey())).toList();
        if (candidates.size() != 1) {
            throw new IllegalStateException((candidates.isEmpty() ? "no" : candidates.size()) + " custom fields named "
                    + field.name() + " of type " + field.type().typeKey() + ": put the right one on the screen "
                    + screenName + " by hand");
        }
        String fieldId = candidates.get(0).getId();
        for (FieldScreenTab tab : screen.getTabs()) {
            if (tab.getFieldScreenLayoutItems().stream().anyMatch(item -> fieldId.equals(item.getFieldId()))) {
                throw new IllegalStateException("the field " + field.name() + " is on the screen " + screenName
                        + " already, on the tab " + tab.getName());
            }
        }
        FieldScreenTab paydeskTab = screen.getTabs().stream()
                .filter(tab -> SetupCatalogue.SCREEN_TAB.equals(tab.getName())).findFirst()
                .orElseThrow(() -> new IllegalStateException("the screen " + screenName + " has no tab named "
                        + SetupCatalogue.SCREEN_TAB + ": put the field " + field.name() + " on it by hand"));
        try {
            paydeskTab.addFieldScreenLayoutItem(fieldId);
        } catch (RuntimeException refused) {
            throw new IllegalStateException("Jira did not put the field " + field.name() + " on the screen "
                    + screenName + ": " + refused.getMessage(), refused);
        }
        return Applied.CREATED;
    }

    @Override
    public Applied createRequestType(RequestTypeSpec requestType, IssueTypeSpec issueType,
                                     Optional<String> portalGroup) {
        ServiceDesk desk;
        List<RequestType> existing;
        try {
            desk = jira.serviceDesks().getServiceDeskForProject(project);
            existing = requestTypes(desk);
        } catch (RuntimeException unreadable) {
            throw new IllegalStateException("Jira Service Management did not list the project's request types: "
                    + unreadable.getMessage(), unreadable);
        }
        if (existing.stream().anyMatch(type -> type.getName().equals(requestType.name()))) {
            throw new IllegalStateException("a request type named " + requestType.name() + " exists already");
        }
        IssueType type = issueTypeNamed(issueType.name()).orElseThrow(() -> new IllegalStateException("the issue type "
                + issueType.name() + " of the request type " + requestType.name() + " does not exist"));
        RequestTypeCreateParameters.Builder builder = jira.requestTypes().newCreateBuilder().serviceDesk(desk)
                .issueType(type).name(requestType.name()).description(requestType.description());
        if (portalGroup.isPresent()) {
            builder.addGroupId(existing.stream().flatMap(t -> groupsOf(t).stream())
                    .filter(group -> portalGroup.get().equals(group.getName())).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no request type of the project is in the portal group "
                            + portalGroup.get() + " any more: choose another group"))
                    .getId());
        }
        RequestTypeCreateParameters parameters = builder.build();
        try {
            jira.requestTypes().createRequestType(jira.authentication().getLoggedInUser(), parameters);
        } catch (RuntimeException refused) {
            throw new IllegalStateException("Jira Service Management did not create the request type "
                    + requestType.name() + ": " + refused.getMessage(), refused);
        }
        return Applied.CREATED;
    }

    @Override
    public Applied createScreenScheme(String schemeName, String screenName) {
        return jira.screenSchemes().create(schemeName, screenName);
    }

    @Override
    public Applied useScreenScheme(IssueTypeSpec issueType, String schemeName) {
        return jira.screenSchemes().use(project, issueType, schemeName);
    }

    private static List<RequestTypeGroup> groupsOf(RequestType type) {
        return type.getGroups() == null ? List.of() : type.getGroups();
    }

    private Optional<FieldScreen> screenNamed(String name) {
        return jira.screens().getFieldScreens().stream().filter(screen -> name.equals(screen.getName())).findFirst();
    }

    private Optional<IssueType> issueTypeNamed(String name) {
        return jira.issueTypes().getIssueTypes().stream().filter(t -> t.getName().equals(name)).findFirst();
    }

    private static String typeKey(CustomField field) {
        return field.getCustomFieldType() == null ? "" : field.getCustomFieldType().getKey();
    }
}
