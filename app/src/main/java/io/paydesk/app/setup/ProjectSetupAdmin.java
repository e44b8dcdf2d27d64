package io.paydesk.app.setup;

import io.paydesk.app.partner.Choice;
import io.paydesk.app.platform.Texts;
import io.paydesk.core.setup.FieldSpec;
import io.paydesk.core.setup.IssueTypeSpec;
import io.paydesk.core.setup.ProjectSetupTarget;
import io.paydesk.core.setup.ProjectState;
import io.paydesk.core.setup.ServiceDeskProjects;
import io.paydesk.core.setup.SetupCatalogue;
import io.paydesk.core.setup.SetupPlan;
import io.paydesk.core.setup.SetupReport;
import io.paydesk.core.setup.SetupStep;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Installs Paydesk into a service project, host-neutral: Jira's servlet and the sandbox both call it after
 * their own permission and XSRF checks. A preview computes the plan and changes nothing; an install computes
 * the plan from what the project holds at that moment and applies it, so a second install changes nothing.
 */
@Named
public class ProjectSetupAdmin {

    private final ServiceDeskProjects projects;
    private final SetupCatalogue catalogue;
    private final Map<String, FieldSpec> fieldsByName = new HashMap<>();
    private final Map<String, IssueTypeSpec> screensByName = new HashMap<>();

    @Inject
    public ProjectSetupAdmin(ServiceDeskProjects projects) {
        this(projects, SetupCatalogue.paydesk());
    }

    public ProjectSetupAdmin(ServiceDeskProjects projects, SetupCatalogue catalogue) {
        this.projects = projects;
        this.catalogue = catalogue;
        catalogue.fields().forEach(f -> fieldsByName.put(f.name(), f));
        catalogue.issueTypes().forEach(t -> screensByName.put(t.screenName(), t));
    }

    /** The page with the project list only; the chosen project (if any) stays selected. */
    public ProjectSetupView choose(Optional<String> projectKey, Texts texts) {
        return new ProjectSetupView(choices(), projectKey.orElse(""), List.of(), "", "", "", "", List.of(), false,
                false, 200);
    }

    /** The plan for the project, changing nothing. */
    public ProjectSetupView preview(String projectKey, Texts texts) {
        Optional<ProjectSetupTarget> target = target(projectKey);
        if (target.isEmpty()) {
            return unknown(projectKey, texts);
        }
        ProjectState state = target.get().state();
        SetupPlan plan = SetupPlan.of(catalogue, state);
        List<SetupRow> rows = plan.steps().stream().map(step -> row(step, planStatus(step, texts), lozenge(step), texts))
                .toList();
        String name = projectName(projectKey);
        String summary = plan.nothingToCreate()
                ? texts.get("paydesk.admin.setup.nothingToCreate", name)
                : texts.get("paydesk.admin.setup.planSummary", plan.count(SetupStep.Status.CREATE),
                        plan.count(SetupStep.Status.EXISTS), plan.count(SetupStep.Status.CONFLICT),
                        plan.count(SetupStep.Status.BY_HAND));
        return new ProjectSetupView(choices(), projectKey, groups(state), "", "",
                texts.get("paydesk.admin.setup.planTitle", name), summary, rows, false, plan.nothingToCreate(), 200);
    }

    /**
     * Creates what is missing in the project, new request types in the portal group named (blank: in none), and
     * reports every step. A group the project does not have is refused and nothing is created.
     */
    public ProjectSetupView install(String projectKey, String portalGroup, Texts texts) {
        Optional<ProjectSetupTarget> target = target(projectKey);
        if (target.isEmpty()) {
            return unknown(projectKey, texts);
        }
        ProjectState state = target.get().state();
        Optional<String> group = Optional.ofNullable(portalGroup).map(String::strip).filter(g -> !g.isEmpty());
        if (group.isPresent() && !state.portalGroups().contains(group.get())) {
            return new ProjectSetupView(choices(), projectKey.strip(), groups(state), "",
                    texts.get("paydesk.admin.setup.unknownGroup", group.get()), "", "", List.of(), false, false, 400);
        }
        SetupPlan plan = SetupPlan.of(catalogue, state, group);
        SetupReport report = plan.apply(target.get());
        List<SetupRow> rows = report.lines().stream()
                .map(line -> row(line.step(), result(line, texts), lozenge(line.result()), texts)).toList();
        String name = projectName(projectKey);
        String summary = plan.nothingToCreate()
                ? texts.get("paydesk.admin.setup.nothingToCreate", name)
                : texts.get("paydesk.admin.setup.reportSummary", report.count(SetupReport.Result.CREATED),
                        report.count(SetupReport.Result.EXISTED), report.count(SetupReport.Result.CONFLICT),
                        report.count(SetupReport.Result.BY_HAND), report.count(SetupReport.Result.SKIPPED),
                        report.count(SetupReport.Result.FAILED));
        return new ProjectSetupView(choices(), projectKey, groups(state), group.orElse(""), "",
                texts.get("paydesk.admin.setup.reportTitle", name), summary, rows, true, plan.nothingToCreate(), 200);
    }

    private Optional<ProjectSetupTarget> target(String projectKey) {
        if (projectKey == null || projectKey.isBlank()) {
            return Optional.empty();
        }
        return projects.target(projectKey.strip());
    }

    private ProjectSetupView unknown(String projectKey, Texts texts) {
        String key = projectKey == null ? "" : projectKey.strip();
        return new ProjectSetupView(choices(), key, List.of(), "", texts.get("paydesk.admin.setup.unknownProject", key),
                "", "", List.of(), false, false, 404);
    }

    /** The project's portal groups, by name, to choose from for the new request types. */
    private static List<Choice> groups(ProjectState state) {
        return state.portalGroups().stream().sorted().map(group -> new Choice(group, group)).toList();
    }

    private List<Choice> choices() {
        return projects.all().stream().map(p -> new Choice(p.key(), p.name() + " (" + p.key() + ")")).toList();
    }

    private String projectName(String projectKey) {
        return projects.all().stream().filter(p -> p.key().equals(projectKey.strip())).findFirst()
                .map(p -> p.name() + " (" + p.key() + ")").orElse(projectKey);
    }

    private SetupRow row(SetupStep step, String status, String lozenge, Texts texts) {
        String kind = texts.get("paydesk.admin.setup.kind." + camel(step.kind()));
        String item = switch (step.kind()) {
            case ISSUE_TYPE, PROJECT_ISSUE_TYPE, SCREEN, SCREEN_SCHEME, ISSUE_TYPE_SCREEN_SCHEME ->
                    texts.get("paydesk.setup.issueType." + step.key());
            case CUSTOM_FIELD, SCREEN_FIELD -> texts.get("paydesk.setup.field." + step.key());
            case REQUEST_TYPE -> texts.get("paydesk.setup.requestType." + step.key());
        };
        String fieldType = switch (step.kind()) {
            case CUSTOM_FIELD -> Optional.ofNullable(fieldsByName.get(step.name()))
                    .map(f -> texts.get("paydesk.admin.setup.type." + camel(f.type()))).orElse("");
            default -> "";
        };
        String where = switch (step.kind()) {
            case SCREEN_FIELD -> Optional.ofNullable(screensByName.get(step.within()))
                    .map(t -> texts.get("paydesk.admin.setup.screenOf", texts.get("paydesk.setup.issueType." + t.key())))
                    .orElse(step.within());
            default -> step.within();
        };
        return new SetupRow(kind, item, step.name(), where, fieldType, status, lozenge);
    }

    private static String planStatus(SetupStep step, Texts texts) {
        return switch (step.status()) {
            case CREATE -> texts.get("paydesk.admin.setup.status.create");
            case EXISTS -> texts.get("paydesk.admin.setup.status.exists");
            case CONFLICT -> conflict(step, texts);
            case BY_HAND -> texts.get("paydesk.admin.setup.status.shared", step.within(), step.found());
        };
    }

    private static String conflict(SetupStep step, Texts texts) {
        return step.kind() == SetupStep.Kind.ISSUE_TYPE_SCREEN_SCHEME
                ? texts.get("paydesk.admin.setup.status.usesOtherScreenScheme", step.found())
                : texts.get("paydesk.admin.setup.status.conflict", step.found());
    }

    private static String result(SetupReport.Line line, Texts texts) {
        return switch (line.result()) {
            case CREATED -> texts.get("paydesk.admin.setup.status.created");
            case EXISTED -> texts.get("paydesk.admin.setup.status.exists");
            case CONFLICT -> conflict(line.step(), texts);
            case BY_HAND -> line.step().status() == SetupStep.Status.BY_HAND
                    ? planStatus(line.step(), texts)
                    : texts.get("paydesk.admin.setup.status.byHand");
            case SKIPPED -> texts.get("paydesk.admin.setup.status.skipped");
            case FAILED -> texts.get("paydesk.admin.setup.status.failed", line.message());
        };
    }

    private static String lozenge(SetupStep step) {
        return switch (step.status()) {
            case CREATE -> "aui-lozenge-success";
            case EXISTS -> "aui-lozenge-subtle";
            case CONFLICT -> "aui-lozenge-error";
            case BY_HAND -> "aui-lozenge-moved";
        };
    }

    private static String lozenge(SetupReport.Result result) {
        return switch (result) {
            case CREATED -> "aui-lozenge-success";
            case EXISTED -> "aui-lozenge-subtle";
            case CONFLICT, FAILED -> "aui-lozenge-error";
            case BY_HAND, SKIPPED -> "aui-lozenge-moved";
        };
    }

    /** ISSUE_TYPE → issueType, DATE_TIME → dateTime: the i18n key suffix of an enum constant. */
    static String camel(Enum<?> value) {
        String[] words = value.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder key = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            key.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return key.toString();
    }
}
