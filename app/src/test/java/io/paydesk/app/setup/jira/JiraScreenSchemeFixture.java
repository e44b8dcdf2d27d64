package io.paydesk.app.setup.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockConstruction;
import static org.mockito.Mockito.when;

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
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mockito.MockedConstruction;

/**
 * Jira's screen schemes played by mocks that remember what was stored: the instance's screen schemes with the
 * default screen each was given, each project's issue type screen scheme with its entities, and the beans the
 * code under test constructs. Refusals can be set to make Jira throw where it would.
 */
final class JiraScreenSchemeFixture implements AutoCloseable {

    final FieldScreenSchemeManager screenSchemes = mock(FieldScreenSchemeManager.class);
    final IssueTypeScreenSchemeManager issueTypeScreenSchemes = mock(IssueTypeScreenSchemeManager.class);
    final ConstantsManager constants = mock(ConstantsManager.class);
    /** The stored screen schemes, and the default screen each one's item named. */
    final List<FieldScreenScheme> stored = new ArrayList<>();
    final Map<FieldScreenScheme, FieldScreen> defaultScreens = new LinkedHashMap<>();
    final Map<Project, IssueTypeScreenScheme> projectSchemes = new LinkedHashMap<>();
    /** When set, Jira refuses to store a new screen scheme, or to add an entity, with this reason. */
    String schemeStoreRefusal;
    String entityRefusal;

    private final Map<FieldScreenScheme, String> names = new LinkedHashMap<>();
    private final Map<FieldScreenSchemeItem, FieldScreen> itemScreens = new LinkedHashMap<>();
    private final Map<IssueTypeScreenSchemeEntity, String> entityIssueTypes = new LinkedHashMap<>();
    private final Map<IssueTypeScreenSchemeEntity, FieldScreenScheme> entitySchemes = new LinkedHashMap<>();

    final MockedConstruction<FieldScreenSchemeImpl> newSchemes = mockConstruction(FieldScreenSchemeImpl.class,
            (scheme, context) -> {
                assertThat(new ArrayList<Object>(context.arguments())).containsExactly(screenSchemes, null);
                doAnswer(call -> names.put(scheme, call.getArgument(0))).when(scheme).setName(anyString());
                when(scheme.getName()).thenAnswer(call -> names.get(scheme));
                doAnswer(call -> {
                    if (schemeStoreRefusal != null) {
                        throw new IllegalStateException(schemeStoreRefusal);
                    }
                    return stored.contains(scheme) ? null : stored.add(scheme);
                }).when(scheme).store();
                doAnswer(call -> {
                    assertThat(stored).as("a scheme is stored before its item is added").contains(scheme);
                    return defaultScreens.put(scheme, itemScreens.get(call.<FieldScreenSchemeItem>getArgument(0)));
                }).when(scheme).addFieldScreenSchemeItem(any());
            });

    final MockedConstruction<FieldScreenSchemeItemImpl> newItems = mockConstruction(FieldScreenSchemeItemImpl.class,
            (item, context) -> {
                assertThat(context.arguments()).element(0).isSameAs(screenSchemes);
                doAnswer(call -> {
                    assertThat(call.<Object>getArgument(0)).as("the default item has no operation").isNull();
                    return null;
                }).when(item).setIssueOperation(any());
                doAnswer(call -> itemScreens.put(item, call.getArgument(0))).when(item).setFieldScreen(any());
            });

    final MockedConstruction<IssueTypeScreenSchemeEntityImpl> newEntities = mockConstruction(
            IssueTypeScreenSchemeEntityImpl.class, (entity, context) -> {
                assertThat(new ArrayList<Object>(context.arguments())).containsExactly(issueTypeScreenSchemes, null, screenSchemes, constants);
                behaveAsEntity(entity);
            });

    JiraScreenSchemeFixture() {
        when(screenSchemes.getFieldScreenSchemes()).thenAnswer(call -> List.copyOf(stored));
        when(issueTypeScreenSchemes.getIssueTypeScreenScheme(any(Project.class)))
                .thenAnswer(call -> projectSchemes.get(call.<Project>getArgument(0)));
    }

    JiraScreenSchemes schemes(FieldScreenManager screens, IssueTypeManager issueTypes, ProjectManager projects) {
        return new JiraScreenSchemes(screens, screenSchemes, issueTypeScreenSchemes, constants, issueTypes, projects);
    }

    /** An issue type screen scheme whose entities are kept as the code under test adds them. */
    IssueTypeScreenScheme issueTypeScreenScheme(long id, String name) {
        IssueTypeScreenScheme scheme = mock(IssueTypeScreenScheme.class);
        List<IssueTypeScreenSchemeEntity> entities = new ArrayList<>();
        when(scheme.getId()).thenReturn(id);
        when(scheme.getName()).thenReturn(name);
        when(scheme.getEntities()).thenAnswer(call -> List.copyOf(entities));
        doAnswer(call -> {
            if (entityRefusal != null) {
                throw new IllegalStateException(entityRefusal);
            }
            return entities.add(call.getArgument(0));
        }).when(scheme).addEntity(any());
        return scheme;
    }

    /** A screen scheme that exists already. */
    FieldScreenScheme existingScheme(String name) {
        FieldScreenScheme scheme = mock(FieldScreenScheme.class);
        when(scheme.getName()).thenReturn(name);
        stored.add(scheme);
        return scheme;
    }

    /** An entity that exists already in that issue type screen scheme. */
    void existingEntity(IssueTypeScreenScheme in, String issueTypeId, FieldScreenScheme scheme) {
        IssueTypeScreenSchemeEntity entity = mock(IssueTypeScreenSchemeEntity.class);
        behaveAsEntity(entity);
        entity.setIssueTypeId(issueTypeId);
        entity.setFieldScreenScheme(scheme);
        in.addEntity(entity);
    }

    /** The screen scheme the project's issue type screen scheme maps that issue type id to, or null. */
    String mappedScheme(Project project, String issueTypeId) {
        return projectSchemes.get(project).getEntities().stream()
                .filter(entity -> issueTypeId.equals(entity.getIssueTypeId())).findFirst()
                .map(entity -> entity.getFieldScreenScheme().getName()).orElse(null);
    }

    private void behaveAsEntity(IssueTypeScreenSchemeEntity entity) {
        doAnswer(call -> entityIssueTypes.put(entity, call.getArgument(0))).when(entity).setIssueTypeId(any());
        when(entity.getIssueTypeId()).thenAnswer(call -> entityIssueTypes.get(entity));
        doAnswer(call -> entitySchemes.put(entity, call.getArgument(0))).when(entity).setFieldScreenScheme(any());
        when(entity.getFieldScreenScheme()).thenAnswer(call -> entitySchemes.get(entity));
    }

    @Override
    public void close() {
        newSchemes.close();
        newItems.close();
        newEntities.close();
    }
}
