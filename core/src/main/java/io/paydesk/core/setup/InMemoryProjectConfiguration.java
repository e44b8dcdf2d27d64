package io.paydesk.core.setup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A project's configuration kept in memory, behaving as Jira does for what Paydesk asks: issue types and
 * custom fields belong to the instance (two fields may share a name), the project lists the issue types it
 * uses, screens hold fields by name, request types belong to the project. For tests and the sandbox.
 */
public final class InMemoryProjectConfiguration implements ProjectSetupTarget {

    private final Set<String> issueTypes = new LinkedHashSet<>();
    private final Set<String> projectIssueTypes = new LinkedHashSet<>();
    private final List<ProjectState.ExistingField> customFields = new ArrayList<>();
    private final Map<String, List<String>> fieldOptions = new LinkedHashMap<>();
    private final Map<String, Set<String>> screens = new LinkedHashMap<>();
    private final Map<String, String> requestTypes = new LinkedHashMap<>();

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

    @Override
    public synchronized ProjectState state() {
        Map<String, Set<String>> screenCopy = new LinkedHashMap<>();
        screens.forEach((name, fields) -> screenCopy.put(name, Set.copyOf(fields)));
        return new ProjectState(issueTypes, projectIssueTypes, customFields, screenCopy, requestTypes.keySet());
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
    public synchronized Applied createRequestType(RequestTypeSpec requestType, IssueTypeSpec issueType) {
        if (!projectIssueTypes.contains(issueType.name())) {
            throw new IllegalStateException(issueType.name() + " is not in the project");
        }
        if (requestTypes.putIfAbsent(requestType.name(), issueType.name()) != null) {
            throw new IllegalStateException("a request type named " + requestType.name() + " exists");
        }
        return Applied.CREATED;
    }

    /** The options a select list was created with (empty for other fields). */
    public synchronized List<String> options(String fieldName) {
        return fieldOptions.getOrDefault(fieldName, List.of());
    }
}
