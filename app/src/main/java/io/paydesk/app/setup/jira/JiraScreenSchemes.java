package io.paydesk.app.setup.jira;

import com.atlassian.jira.config.ConstantsManager;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.issue.fields.screen.FieldScreen;
import com.atlassian.jira.issue.fields.screen.FieldScreenManager;
import com.atlassian.jira.issue.fields.screen.FieldScreenScheme;
import com.atlassian.jira.issue.fields.screen.FieldScreenSchemeImpl;
import com.atlassian.jira.issue.fields.screen.FieldScreenSchemeItem;
import com.atlassian.jira.issue.fields.screen.FieldScreenSchemeItemImpl;
import com.atlassian.jira.issue.fields.screen.FieldScreenSchemeManager;
import com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenScheme;
import com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenSchemeEntity;
import com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenSchemeEntityImpl;
import com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenSchemeManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.operation.ScreenableIssueOperation;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.paydesk.core.setup.IssueTypeSpec;
import io.paydesk.core.setup.ProjectSetupTarget.Applied;
import io.paydesk.core.setup.ProjectState;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.ofbiz.core.entity.GenericValue;

/**
 * Screen schemes through Jira's Java API, for project setup: reads the instance's screen schemes and a
 * project's issue type screen scheme (which issue types it maps, and which other projects use it, found by
 * asking Jira for each project's scheme), creates a screen scheme whose default item is a screen, and maps an
 * issue type to a screen scheme in the project's issue type screen scheme, keeping every other mapping. Each
 * change reads Jira again first and refuses what a stale plan would get wrong: a second scheme of one name, an
 * issue type that is mapped already, or a scheme that other projects use by now.
 */
@Named
public class JiraScreenSchemes {

    private final FieldScreenManager screens;
    private final FieldScreenSchemeManager screenSchemes;
    private final IssueTypeScreenSchemeManager issueTypeScreenSchemes;
    private final ConstantsManager constants;
    private final IssueTypeManager issueTypes;
    private final ProjectManager projects;

    @Inject
    public JiraScreenSchemes(@ComponentImport FieldScreenManager screens,
                             @ComponentImport FieldScreenSchemeManager screenSchemes,
                             @ComponentImport IssueTypeScreenSchemeManager issueTypeScreenSchemes,
                             @ComponentImport ConstantsManager constants,
                             @ComponentImport IssueTypeManager issueTypes,
                             @ComponentImport ProjectManager projects) {
        this.screens = screens;
        this.screenSchemes = screenSchemes;
        this.issueTypeScreenSchemes = issueTypeScreenSchemes;
        this.constants = constants;
        this.issueTypes = issueTypes;
        this.projects = projects;
    }

    /** The names of the instance's screen schemes. */
    Set<String> names() {
        Set<String> names = new LinkedHashSet<>();
        screenSchemes.getFieldScreenSchemes().forEach(scheme -> names.add(scheme.getName()));
        return names;
    }

    /**
     * The project's issue type screen scheme, the other projects that use it ("name (KEY)"), and the screen scheme
     * of each issue type it maps by name. A project Jira gives no scheme reads as one without a name.
     */
    ProjectState.IssueTypeScreens of(Project project) {
        IssueTypeScreenScheme scheme = issueTypeScreenSchemes.getIssueTypeScreenScheme(project);
        if (scheme == null) {
            return ProjectState.IssueTypeScreens.own("");
        }
        Map<String, String> issueTypeNames = new LinkedHashMap<>();
        issueTypes.getIssueTypes().forEach(type -> issueTypeNames.put(type.getId(), type.getName()));
        Map<String, String> mapped = new LinkedHashMap<>();
        for (IssueTypeScreenSchemeEntity entity : scheme.getEntities()) {
            String issueType = entity.getIssueTypeId() == null ? null : issueTypeNames.get(entity.getIssueTypeId());
            if (issueType != null && entity.getFieldScreenScheme() != null) {
                mapped.put(issueType, entity.getFieldScreenScheme().getName());
            }
        }
        return new ProjectState.IssueTypeScreens(scheme.getName(), otherProjectsUsing(scheme, project), mapped);
    }

    private List<String> otherProjectsUsing(IssueTypeScreenScheme scheme, Project project) {
        List<String> others = new ArrayList<>();
        for (Project other : projects.getProjectObjects()) {
            if (Objects.equals(other.getId(), project.getId())) {
                continue;
            }
            IssueTypeScreenScheme used = issueTypeScreenSchemes.getIssueTypeScreenScheme(other);
            if (used != null && Objects.equals(used.getId(), scheme.getId())) {
                others.add(other.getName() + " (" + other.getKey() + ")");
            }
        }
        return others;
    }

    /** Creates the screen scheme with one default item: the screen, for create, edit and view alike. */
    Applied create(String schemeName, String screenName) {
        if (named(schemeName).isPresent()) {
            throw new IllegalStateException("a screen scheme named " + schemeName + " exists already");
        }
        FieldScreen screen = screens.getFieldScreens().stream().filter(s -> screenName.equals(s.getName()))
                .findFirst().orElseThrow(() -> new IllegalStateException("no screen named " + screenName));
        FieldScreenScheme scheme = new FieldScreenSchemeImpl(screenSchemes, (GenericValue) null);
        scheme.setName(schemeName);
        scheme.setDescription("Shows the screen " + screenName + " when an issue is created, edited or viewed.");
        try {
            scheme.store();
        } catch (RuntimeException refused) {
            throw new IllegalStateException("Jira did not create the screen scheme " + schemeName + ": "
                    + refused.getMessage(), refused);
        }
        FieldScreenSchemeItem item = new FieldScreenSchemeItemImpl(screenSchemes, screens);
        item.setIssueOperation((ScreenableIssueOperation) null);
        item.setFieldScreen(screen);
        try {
            scheme.addFieldScreenSchemeItem(item);
        } catch (RuntimeException refused) {
            throw new IllegalStateException("Jira did not set the default screen of " + schemeName + ": "
                    + refused.getMessage() + "; the screen scheme was created: choose " + screenName
                    + " as its default screen by hand", refused);
        }
        return Applied.CREATED;
    }

    /** Maps the issue type to the screen scheme in the project's issue type screen scheme, if nobody else uses it. */
    Applied use(Project project, IssueTypeSpec issueType, String schemeName) {
        IssueTypeScreenScheme scheme = issueTypeScreenSchemes.getIssueTypeScreenScheme(project);
        if (scheme == null) {
            throw new IllegalStateException("Jira gave the project no issue type screen scheme: choose one in the "
                    + "project's settings under Screens");
        }
        List<String> others = otherProjectsUsing(scheme, project);
        if (!others.isEmpty()) {
            throw new IllegalStateException(scheme.getName() + " is used by " + String.join(", ", others)
                    + " too: map " + issueType.name() + " to " + schemeName + " by hand, or give the project a scheme "
                    + "of its own");
        }
        IssueType type = issueTypes.getIssueTypes().stream().filter(t -> t.getName().equals(issueType.name()))
                .findFirst().orElseThrow(() -> new IllegalStateException("no issue type named " + issueType.name()));
        for (IssueTypeScreenSchemeEntity entity : scheme.getEntities()) {
            if (type.getId().equals(entity.getIssueTypeId())) {
                String used = entity.getFieldScreenScheme() == null ? "?" : entity.getFieldScreenScheme().getName();
                throw new IllegalStateException(issueType.name() + " uses the screen scheme " + used + " in "
                        + scheme.getName() + " already");
            }
        }
        FieldScreenScheme screenScheme = named(schemeName)
                .orElseThrow(() -> new IllegalStateException("no screen scheme named " + schemeName));
        IssueTypeScreenSchemeEntity entity = new IssueTypeScreenSchemeEntityImpl(issueTypeScreenSchemes,
                (GenericValue) null, screenSchemes, constants);
        entity.setIssueTypeId(type.getId());
        entity.setFieldScreenScheme(screenScheme);
        try {
            scheme.addEntity(entity);
        } catch (RuntimeException refused) {
            throw new IllegalStateException("Jira did not map " + issueType.name() + " to " + schemeName + " in "
                    + scheme.getName() + ": " + refused.getMessage(), refused);
        }
        return Applied.CREATED;
    }

    private Optional<FieldScreenScheme> named(String name) {
        List<FieldScreenScheme> found = screenSchemes.getFieldScreenSchemes().stream()
                .filter(scheme -> name.equals(scheme.getName())).toList();
        if (found.size() > 1) {
            throw new IllegalStateException(found.size() + " screen schemes are named " + name
                    + ": rename all but one");
        }
        return found.stream().findFirst();
    }
}
