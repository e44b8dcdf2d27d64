package io.paydesk.core.setup;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a project's configuration holds now, by name: the issue types of the instance and those in the
 * project's issue type scheme, the custom fields of the instance (name and type key; Jira allows two fields of
 * one name), the screens with the fields on them, and the project's request types.
 */
public record ProjectState(Set<String> issueTypes, Set<String> projectIssueTypes, List<ExistingField> customFields,
                           Map<String, Set<String>> screenFields, Set<String> requestTypes) {

    /** A custom field that exists: its name and Jira's key of its type. */
    public record ExistingField(String name, String typeKey) {
        public ExistingField {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(typeKey, "typeKey");
        }
    }

    public ProjectState {
        issueTypes = Set.copyOf(issueTypes);
        projectIssueTypes = Set.copyOf(projectIssueTypes);
        customFields = List.copyOf(customFields);
        screenFields = Map.copyOf(screenFields);
        screenFields.values().forEach(Objects::requireNonNull);
        requestTypes = Set.copyOf(requestTypes);
    }

    public static ProjectState empty() {
        return new ProjectState(Set.of(), Set.of(), List.of(), Map.of(), Set.of());
    }

    /** The fields of that name, whatever their type. */
    public List<ExistingField> fieldsNamed(String name) {
        return customFields.stream().filter(f -> f.name().equals(name)).toList();
    }

    public Optional<Set<String>> screen(String name) {
        return Optional.ofNullable(screenFields.get(name));
    }
}
