package io.paydesk.core.setup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A project's configuration kept in memory, behaving as Jira does for what Paydesk asks: issue types and
 * custom fields belong to the instance (two fields may share a name), the project lists the issue types it
 * uses, screens hold fields by name, screen schemes name their default screen, the project's issue type screen
 * scheme maps issue types to screen schemes (and may be shared with other projects), request types belong to
 * the project. For tests and the sandbox.
 */
public final class InMemoryProjectConfiguration implements ProjectSetupTarget {

    private final Set<String> issueTypes = new LinkedHashSet<>();
    private final Set<String> projectIssueTypes = new LinkedHashSet<>();
    private final List<ProjectState.ExistingField> customFields = new ArrayList<>();
    private final Map<String, List<String>> fieldOptions = new LinkedHashMap<>();
    private final Map<String, Set<String>> screens = new LinkedHashMap<>();
    private final Map<String, String> requestTypes = new LinkedHashMap<>();
    private final Map<String, String> requestTypeGroups = new LinkedHashMap<>();
    private final Map<String, String> screenSchemes = new LinkedHashMap<>();
    private final Map<String, String> screenSchemeByIssueType = new LinkedHashMap<>();
    private String issueTypeScreenScheme;
    private List<String> sharedWith = List.of();

    /** A project with an issue type screen scheme of its own, as a new JSM project has. */
    public InMemoryProjectConfiguration(String issueTypeScreenScheme) {
        this.issueTypeScreenScheme = issueTypeScreenScheme;
    }

    public InMemoryProjectConfiguration() {
        this("Issue type screen scheme");
    }

    /** An issue type that is already in the project, as a new JSM project has them. */
    public synchronized InMemoryProjectConfiguration withIssueType(String name) {
        issueTypes.add(name);
        projectIssueTypes.add(name);
        return this;
    }

    public synchronized InMemoryProjectConfiguration withCustomField(String name, String typeKey) {
        customFields.add(new ProjectState.ExistingField(name, typeKey));
        return this;
    }

    public synchronized InMemoryProjectConfiguration withRequestType(String name, String issueType) {
        requestTypes.put(name, issueType);
        return this;
    }

    /** A request type that exists already in that portal group. */
    public synchronized InMemoryProjectConfiguration withRequestType(String name, String issueType,
                                                                     String portalGroup) {
        requestTypes.put(name, issueType);
        requestTypeGroups.put(name, portalGroup);
        return this;
    }

    /** The project uses that issue type screen scheme, which the other projects named use too. */
    public synchronized InMemoryProjectConfiguration withSharedIssueTypeScreenScheme(String scheme,
                                                                                     List<String> otherProjects) {
        issueTypeScreenScheme = scheme;
        sharedWith = List.copyOf(otherProjects);
        return this;
    }

    /**
     * The project's issue type screen scheme maps that issue type to that screen scheme, which exists with Jira's
     * "Default Screen".
     */
    public synchronized InMemoryProjectConfiguration withScreenSchemeFor(String issueType, String screenScheme) {
        screenSchemes.putIfAbsent(screenScheme, "Default Screen");
        screenSchemeByIssueType.put(issueType, screenScheme);
        return this;
    }

    @Override
    public synchronized ProjectState state() {
        Map<String, Set<String>> screenCopy = new LinkedHashMap<>();
        screens.forEach((name, fields) -> screenCopy.put(name, Set.copyOf(fields)));
        return new ProjectState(issueTypes, projectIssueTypes, customFields, screenCopy, requestTypes.keySet(),
                Set.copyOf(requestTypeGroups.values()), screenSchemes.keySet(),
                new ProjectState.IssueTypeScreens(issueTypeScreenScheme, sharedWith, screenSchemeByIssueType));
    }

    @Override
    public synchronized Applied createIssueType(IssueTypeSpec issueType) {
        if (!issueTypes.add(issueType.name())) {
            throw new IllegalStateException("an issue type named " + issueType.name() + " exists");
        }
        return Applied.CREATED;
    }

    @Override
    public synchronized Applied addIssueTypeToProject(IssueTypeSpec issueType) {
        if (!issueTypes.contains(issueType.name())) {
            throw new IllegalStateException("no issue type named " + issueType.name());
        }
        projectIssueTypes.add(issueType.name());
        return Applied.CREATED;
    }

    @Override
    public synchronized Applied createCustomField(FieldSpec field, List<IssueTypeSpec> carriers) {
        customFields.add(new ProjectState.ExistingField(field.name(), field.type().typeKey()));
        fieldOptions.put(field.name(), field.options());
        return Applied.CREATED;
    }

    @Override
    public synchronized Applied createScreen(String screenName) {
        if (screens.putIfAbsent(screenName, new LinkedHashSet<>()) != null) {
            throw new IllegalStateException("a screen named " + screenName + " exists");
        }
        return Applied.CREATED;
    }

    @Override
    public synchronized Applied addFieldToScreen(String screenName, FieldSpec field) {
        Set<String> screen = screens.get(screenName);
        if (screen == null) {
            throw new IllegalStateException("no screen named " + screenName);
        }
        if (customFields.stream().noneMatch(f -> f.name().equals(field.name())
                && f.typeKey().equals(field.type().typeKey()))) {
            throw new IllegalStateException("no field named " + field.name());
        }
        screen.add(field.name());
        return Applied.CREATED;
    }

    @Override
    public synchronized Applied createRequestType(RequestTypeSpec requestType, IssueTypeSpec issueType,
                                                  Optional<String> portalGroup) {
        if (!projectIssueTypes.contains(issueType.name())) {
            throw new IllegalStateException(issueType.name() + " is not in the project");
        }
        portalGroup.filter(group -> !requestTypeGroups.containsValue(group)).ifPresent(group -> {
            throw new IllegalStateException("no portal group named " + group);
        });
        if (requestTypes.putIfAbsent(requestType.name(), issueType.name()) != null) {
            throw new IllegalStateException("a request type named " + requestType.name() + " exists");
        }
        portalGroup.ifPresent(group -> requestTypeGroups.put(requestType.name(), group));
        return Applied.CREATED;
    }

    /** The portal group the request type is in, if any. */
    public synchronized Optional<String> portalGroupOf(String requestType) {
        return Optional.ofNullable(requestTypeGroups.get(requestType));
    }

    @Override
    public synchronized Applied createScreenScheme(String schemeName, String screenName) {
        if (!screens.containsKey(screenName)) {
            throw new IllegalStateException("no screen named " + screenName);
        }
        if (screenSchemes.putIfAbsent(schemeName, screenName) != null) {
            throw new IllegalStateException("a screen scheme named " + schemeName + " exists");
        }
        return Applied.CREATED;
    }

    @Override
    public synchronized Applied useScreenScheme(IssueTypeSpec issueType, String schemeName) {
        if (!issueTypes.contains(issueType.name())) {
            throw new IllegalStateException("no issue type named " + issueType.name());
        }
        if (!screenSchemes.containsKey(schemeName)) {
            throw new IllegalStateException("no screen scheme named " + schemeName);
        }
        if (!sharedWith.isEmpty()) {
            throw new IllegalStateException(issueTypeScreenScheme + " is shared with " + String.join(", ", sharedWith));
        }
        if (screenSchemeByIssueType.putIfAbsent(issueType.name(), schemeName) != null) {
            throw new IllegalStateException(issueType.name() + " has a screen scheme in " + issueTypeScreenScheme);
        }
        return Applied.CREATED;
    }

    /** The screen scheme the project's issue type screen scheme names for that issue type, if any. */
    public synchronized Optional<String> screenSchemeOf(String issueType) {
        return Optional.ofNullable(screenSchemeByIssueType.get(issueType));
    }

    /** The default screen of that screen scheme, if it exists. */
    public synchronized Optional<String> defaultScreenOf(String screenScheme) {
        return Optional.ofNullable(screenSchemes.get(screenScheme));
    }

    /** The options a select list was created with (empty for other fields). */
    public synchronized List<String> options(String fieldName) {
        return fieldOptions.getOrDefault(fieldName, List.of());
    }
}
