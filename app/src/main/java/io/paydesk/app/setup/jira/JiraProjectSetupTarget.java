package io.paydesk.app.setup.jira;

import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.fields.config.manager.IssueTypeSchemeManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import io.paydesk.core.setup.FieldSpec;
import io.paydesk.core.setup.IssueTypeSpec;
import io.paydesk.core.setup.ProjectSetupTarget;
import io.paydesk.core.setup.ProjectState;
import io.paydesk.core.setup.RequestTypeSpec;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One Jira project's configuration through Jira's Java API, using only calls whose signatures were checked
 * against Atlassian's javadoc or sources (see provided-api/README.md). It reads the instance's issue types and
 * custom fields and the project's issue types, and adds an existing issue type to the project's issue type
 * scheme, keeping every type already in it. Creating issue types (Jira requires an avatar id), custom fields
 * (project contexts, select-list options), screens and request types is left to the administrator: those
 * steps answer {@link Applied#BY_HAND}. Screens and request types are not read either, so they always show as
 * to be done.
 */
final class JiraProjectSetupTarget implements ProjectSetupTarget {

    private final Project project;
    private final IssueTypeManager issueTypes;
    private final IssueTypeSchemeManager issueTypeSchemes;
    private final CustomFieldManager customFields;

    JiraProjectSetupTarget(Project project, IssueTypeManager issueTypes, IssueTypeSchemeManager issueTypeSchemes,
                           CustomFieldManager customFields) {
        this.project = project;
        this.issueTypes = issueTypes;
        this.issueTypeSchemes = issueTypeSchemes;
        this.customFields = customFields;
    }

    @Override
    public ProjectState state() {
        Set<String> all = new LinkedHashSet<>();
        issueTypes.getIssueTypes().forEach(type -> all.add(type.getName()));
        Set<String> inProject = new LinkedHashSet<>();
        issueTypeSchemes.getIssueTypesForProject(project).forEach(type -> inProject.add(type.getName()));
        List<ProjectState.ExistingField> fields = new ArrayList<>();
        for (CustomField field : customFields.getCustomFieldObjects()) {
            fields.add(new ProjectState.ExistingField(field.getName(),
                    field.getCustomFieldType() == null ? "" : field.getCustomFieldType().getKey()));
        }
        return new ProjectState(all, inProject, fields, Map.of(), Set.of());
    }

    @Override
    public Applied createIssueType(IssueTypeSpec issueType) {
        return Applied.BY_HAND;
    }

    @Override
    public Applied addIssueTypeToProject(IssueTypeSpec issueType) {
        IssueType type = issueTypes.getIssueTypes().stream().filter(t -> t.getName().equals(issueType.name()))
                .findFirst().orElseThrow(() -> new IllegalStateException("no issue type named " + issueType.name()));
        List<String> ids = new ArrayList<>();
        issueTypeSchemes.getIssueTypesForProject(project).forEach(t -> ids.add(t.getId()));
        if (!ids.contains(type.getId())) {
            ids.add(type.getId());
            FieldConfigScheme scheme = issueTypeSchemes.getConfigScheme(project);
            issueTypeSchemes.update(scheme, ids);
        }
        return Applied.CREATED;
    }

    @Override
    public Applied createCustomField(FieldSpec field, List<IssueTypeSpec> carriers) {
        return Applied.BY_HAND;
    }

    @Override
    public Applied createScreen(String screenName) {
        return Applied.BY_HAND;
    }

    @Override
    public Applied addFieldToScreen(String screenName, FieldSpec field) {
        return Applied.BY_HAND;
    }

    @Override
    public Applied createRequestType(RequestTypeSpec requestType, IssueTypeSpec issueType) {
        return Applied.BY_HAND;
    }
}
