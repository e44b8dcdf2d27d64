package io.paydesk.app.setup.jira;

import com.atlassian.jira.avatar.AvatarManager;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.customfields.manager.OptionsManager;
import com.atlassian.jira.issue.fields.config.manager.IssueTypeSchemeManager;
import com.atlassian.jira.issue.fields.screen.FieldScreenManager;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.servicedesk.api.ServiceDeskManager;
import com.atlassian.servicedesk.api.requesttype.RequestTypeService;
import io.paydesk.core.setup.ProjectSetupTarget;
import io.paydesk.core.setup.ServiceDeskProjects;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Jira's service-desk projects: every project JSM has a service desk for. Each one's configuration is read
 * and changed through {@link JiraProjectSetupTarget}.
 */
@Named
public class JiraServiceDeskProjects implements ServiceDeskProjects {

    private final ProjectManager projects;
    private final ServiceDeskManager serviceDesks;
    private final JiraProjectSetupTarget.Services jira;

    @Inject
    public JiraServiceDeskProjects(@ComponentImport ProjectManager projects,
                                   @ComponentImport ServiceDeskManager serviceDesks,
                                   @ComponentImport IssueTypeManager issueTypes,
                                   @ComponentImport IssueTypeSchemeManager issueTypeSchemes,
                                   @ComponentImport CustomFieldManager customFields,
                                   @ComponentImport AvatarManager avatars,
                                   @ComponentImport OptionsManager options,
                                   @ComponentImport RequestTypeService requestTypes,
                                   @ComponentImport JiraAuthenticationContext authentication,
                                   @ComponentImport FieldScreenManager screens,
                                   JiraScreenSchemes screenSchemes) {
        this.projects = projects;
        this.serviceDesks = serviceDesks;
        this.jira = new JiraProjectSetupTarget.Services(issueTypes, issueTypeSchemes, customFields, avatars, options,
                projects, serviceDesks, requestTypes, authentication, screens, screenSchemes);
    }

    @Override
    public List<ServiceDeskProjects.Project> all() {
        List<ServiceDeskProjects.Project> found = new ArrayList<>();
        for (com.atlassian.jira.project.Project project : projects.getProjectObjects()) {
            if (isServiceDesk(project)) {
                found.add(new ServiceDeskProjects.Project(project.getKey(), project.getName()));
            }
        }
        return found;
    }

    @Override
    public Optional<ProjectSetupTarget> target(String projectKey) {
        return Optional.ofNullable(projects.getProjectObjByKey(projectKey))
                .filter(this::isServiceDesk)
                .map(project -> new JiraProjectSetupTarget(project, jira));
    }

    /** JSM answers with the project's service desk, or throws when the project has none (or it is disabled). */
    private boolean isServiceDesk(com.atlassian.jira.project.Project project) {
        try {
            return serviceDesks.getServiceDeskForProject(project) != null;
        } catch (Exception notAServiceDesk) {
            return false;
        }
    }
}
