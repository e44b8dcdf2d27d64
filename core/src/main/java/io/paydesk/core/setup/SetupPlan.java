package io.paydesk.core.setup;

import io.paydesk.core.setup.ProjectSetupTarget.Applied;
import io.paydesk.core.setup.SetupStep.Kind;
import io.paydesk.core.setup.SetupStep.Status;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What installing Paydesk into a project would do, computed from what the project holds now and nothing else:
 * every item of the catalogue is either to be created, already there, in conflict with something Paydesk leaves
 * alone (a custom field of the same name but another type, an issue type that uses another screen scheme), or
 * left to the administrator because it would change other projects too (a shared issue type screen scheme).
 * Nothing is ever deleted or renamed, so applying the plan twice changes nothing the second time.
 */
public final class SetupPlan {

    private record Planned(SetupStep step, Function<ProjectSetupTarget, Applied> action, List<String> needs) {
    }

    private final List<Planned> planned;

    private SetupPlan(List<Planned> planned) {
        this.planned = List.copyOf(planned);
    }

    /** The plan that creates request types in no portal group. */
    public static SetupPlan of(SetupCatalogue catalogue, ProjectState state) {
        return of(catalogue, state, Optional.empty());
    }

    /**
     * The plan that puts new request types in the named portal group, which must be one of the project's.
     *
     * @throws IllegalArgumentException when the project has no portal group of that name
     */
    public static SetupPlan of(SetupCatalogue catalogue, ProjectState state, Optional<String> portalGroup) {
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(portalGroup, "portalGroup");
        portalGroup.filter(group -> !state.portalGroups().contains(group)).ifPresent(group -> {
            throw new IllegalArgumentException("the project has no portal group named " + group);
        });
        List<Planned> steps = new ArrayList<>();
        for (IssueTypeSpec type : catalogue.issueTypes()) {
            steps.add(new Planned(SetupStep.of(Kind.ISSUE_TYPE, type.key(), type.name(), "",
                    state.issueTypes().contains(type.name())), target -> target.createIssueType(type), List.of()));
            steps.add(new Planned(SetupStep.of(Kind.PROJECT_ISSUE_TYPE, type.key(), type.name(), "",
                    state.projectIssueTypes().contains(type.name())), target -> target.addIssueTypeToProject(type),
                    List.of(id(Kind.ISSUE_TYPE, type.name(), ""))));
        }
        Set<String> conflicting = new HashSet<>();
        for (FieldSpec field : catalogue.fields()) {
            List<ProjectState.ExistingField> named = state.fieldsNamed(field.name());
            boolean same = named.stream().anyMatch(f -> f.typeKey().equals(field.type().typeKey()));
            if (!same && !named.isEmpty()) {
                conflicting.add(field.name());
                steps.add(new Planned(new SetupStep(Kind.CUSTOM_FIELD, field.key(), field.name(), "", Status.CONFLICT,
                        named.get(0).typeKey()), target -> {
                            throw new IllegalStateException("a conflict is never applied");
                        }, List.of()));
                continue;
            }
            List<IssueTypeSpec> carriers = catalogue.issueTypesWith(field);
            steps.add(new Planned(SetupStep.of(Kind.CUSTOM_FIELD, field.key(), field.name(), "", same),
                    target -> target.createCustomField(field, carriers), List.of()));
        }
        for (IssueTypeSpec type : catalogue.issueTypes()) {
            String screen = type.screenName();
            Set<String> onScreen = state.screen(screen).orElse(Set.of());
            steps.add(new Planned(SetupStep.of(Kind.SCREEN, type.key(), screen, "", state.screen(screen).isPresent()),
                    target -> target.createScreen(screen), List.of()));
            for (FieldSpec field : type.fields()) {
                if (conflicting.contains(field.name())) {
                    continue;
                }
                steps.add(new Planned(SetupStep.of(Kind.SCREEN_FIELD, field.key(), field.name(), screen,
                        onScreen.contains(field.name())), target -> target.addFieldToScreen(screen, field),
                        List.of(id(Kind.SCREEN, screen, ""), id(Kind.CUSTOM_FIELD, field.name(), ""))));
            }
            steps.add(screenScheme(type, state));
            steps.add(issueTypeScreenScheme(type, state));
            RequestTypeSpec request = type.requestType();
            steps.add(new Planned(SetupStep.of(Kind.REQUEST_TYPE, request.key(), request.name(), type.name(),
                    state.requestTypes().contains(request.name())),
                    target -> target.createRequestType(request, type, portalGroup),
                    List.of(id(Kind.PROJECT_ISSUE_TYPE, type.name(), ""))));
        }
        return new SetupPlan(steps);
    }

    private static Planned screenScheme(IssueTypeSpec type, ProjectState state) {
        String scheme = type.screenName();
        return new Planned(SetupStep.of(Kind.SCREEN_SCHEME, type.key(), scheme, "",
                state.screenSchemes().contains(scheme)), target -> target.createScreenScheme(scheme, type.screenName()),
                List.of(id(Kind.SCREEN, type.screenName(), "")));
    }

    /**
     * The issue type's own mapping in the project's issue type screen scheme: there already, in conflict when the
     * issue type uses another screen scheme there, left by hand when the scheme is shared with other projects.
     */
    private static Planned issueTypeScreenScheme(IssueTypeSpec type, ProjectState state) {
        ProjectState.IssueTypeScreens screens = state.issueTypeScreens();
        String scheme = type.screenName();
        Optional<String> used = screens.screenSchemeOf(type.name());
        SetupStep step;
        if (used.isPresent()) {
            step = used.get().equals(scheme)
                    ? SetupStep.of(Kind.ISSUE_TYPE_SCREEN_SCHEME, type.key(), scheme, screens.scheme(), true)
                    : new SetupStep(Kind.ISSUE_TYPE_SCREEN_SCHEME, type.key(), scheme, screens.scheme(),
                            Status.CONFLICT, used.get());
        } else if (screens.shared()) {
            step = new SetupStep(Kind.ISSUE_TYPE_SCREEN_SCHEME, type.key(), scheme, screens.scheme(), Status.BY_HAND,
                    String.join(", ", screens.otherProjects()));
        } else {
            step = SetupStep.of(Kind.ISSUE_TYPE_SCREEN_SCHEME, type.key(), scheme, screens.scheme(), false);
        }
        return new Planned(step, target -> target.useScreenScheme(type, scheme),
                List.of(id(Kind.ISSUE_TYPE, type.name(), ""), id(Kind.SCREEN_SCHEME, scheme, "")));
    }

    public List<SetupStep> steps() {
        return planned.stream().map(Planned::step).toList();
    }

    public long count(Status status) {
        return planned.stream().filter(p -> p.step().status() == status).count();
    }

    /** True when everything is in place already: installing would change nothing. */
    public boolean nothingToCreate() {
        return count(Status.CREATE) == 0;
    }

    /**
     * Creates what the plan says is missing, in order: issue types, their place in the project, custom fields,
     * then for each issue type its screen and the fields on it, its screen scheme, its mapping in the project's
     * issue type screen scheme and its request type. A step whose prerequisite was not done (done by hand, or failed)
     * is skipped; a step the host refuses is reported as failed and the rest go on.
     */
    public SetupReport apply(ProjectSetupTarget target) {
        Objects.requireNonNull(target, "target");
        Set<String> done = new HashSet<>();
        List<SetupReport.Line> lines = new ArrayList<>();
        for (Planned p : planned) {
            SetupStep step = p.step();
            String id = id(step.kind(), step.name(), step.within());
            switch (step.status()) {
                case EXISTS -> {
                    done.add(id);
                    lines.add(new SetupReport.Line(step, SetupReport.Result.EXISTED, ""));
                }
                case CONFLICT -> lines.add(new SetupReport.Line(step, SetupReport.Result.CONFLICT, ""));
                case BY_HAND -> lines.add(new SetupReport.Line(step, SetupReport.Result.BY_HAND, ""));
                case CREATE -> {
                    if (!done.containsAll(p.needs())) {
                        lines.add(new SetupReport.Line(step, SetupReport.Result.SKIPPED, ""));
                        continue;
                    }
                    try {
                        Applied applied = p.action().apply(target);
                        if (applied == Applied.CREATED) {
                            done.add(id);
                            lines.add(new SetupReport.Line(step, SetupReport.Result.CREATED, ""));
                        } else {
                            lines.add(new SetupReport.Line(step, SetupReport.Result.BY_HAND, ""));
                        }
                    } catch (RuntimeException refused) {
                        lines.add(new SetupReport.Line(step, SetupReport.Result.FAILED,
                                Objects.requireNonNullElse(refused.getMessage(), refused.getClass().getSimpleName())));
                    }
                }
            }
        }
        return new SetupReport(lines);
    }

    private static String id(Kind kind, String name, String within) {
        return kind + "\u0000" + name + "\u0000" + within;
    }
}
