package io.paydesk.core.setup;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a project's configuration holds now, by name: the issue types of the instance and those in the
 * project's issue type scheme, the custom fields of the instance (name and type key; Jira allows two fields of
 * one name), the screens with the fields on them, the project's request types and the portal groups they are
 * in, the screen schemes of the instance and the project's issue type screen scheme.
 */
public record ProjectState(Set<String> issueTypes, Set<String> projectIssueTypes, List<ExistingField> customFields,
                           Map<String, Set<String>> screenFields, Set<String> requestTypes, Set<String> portalGroups,
                           Set<String> screenSchemes, IssueTypeScreens issueTypeScreens) {

    /** A custom field that exists: its name and Jira's key of its type. */
    public record ExistingField(String name, String typeKey) {
        public ExistingField {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(typeKey, "typeKey");
        }
    }

    /**
     * The project's issue type screen scheme: its name, the other projects that use it too (their names, for the
     * report), and the screen scheme it names for each issue type that has its own mapping (the default
     * mapping, which covers every other issue type, is not listed).
     */
    public record IssueTypeScreens(String scheme, List<String> otherProjects,
                                   Map<String, String> screenSchemeByIssueType) {
        public IssueTypeScreens {
            Objects.requireNonNull(scheme, "scheme");
            otherProjects = List.copyOf(otherProjects);
            screenSchemeByIssueType = Map.copyOf(screenSchemeByIssueType);
        }

        /** A scheme of the project's own, with no issue type mapped yet. */
        public static IssueTypeScreens own(String scheme) {
            return new IssueTypeScreens(scheme, List.of(), Map.of());
        }

        /** True when changing this scheme would change other projects too. */
        public boolean shared() {
            return !otherProjects.isEmpty();
        }

        public Optional<String> screenSchemeOf(String issueType) {
            return Optional.ofNullable(screenSchemeByIssueType.get(issueType));
        }
    }

    public ProjectState {
        issueTypes = Set.copyOf(issueTypes);
        projectIssueTypes = Set.copyOf(projectIssueTypes);
        customFields = List.copyOf(customFields);
        screenFields = Map.copyOf(screenFields);
        screenFields.values().forEach(Objects::requireNonNull);
        requestTypes = Set.copyOf(requestTypes);
        portalGroups = Set.copyOf(portalGroups);
        screenSchemes = Set.copyOf(screenSchemes);
        Objects.requireNonNull(issueTypeScreens, "issueTypeScreens");
    }

    /** The fields of that name, whatever their type. */
    public List<ExistingField> fieldsNamed(String name) {
        return customFields.stream().filter(f -> f.name().equals(name)).toList();
    }

    public Optional<Set<String>> screen(String name) {
        return Optional.ofNullable(screenFields.get(name));
    }
}
