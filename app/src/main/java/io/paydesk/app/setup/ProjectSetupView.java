package io.paydesk.app.setup;

import io.paydesk.app.partner.Choice;
import java.util.List;

/**
 * The project-setup page: the service projects to choose from, and either nothing more, the plan a preview
 * shows (nothing changed) with the project's portal groups to choose from for the new request types, or the
 * report of an installation, and the HTTP status the page answers with (404 for an unknown project, 400 for a portal
 * group the project does not have). Templates call only these accessors.
 */
public record ProjectSetupView(
        List<Choice> projects,
        String selected,
        List<Choice> portalGroups,
        String selectedGroup,
        String error,
        String title,
        String summary,
        List<SetupRow> rows,
        boolean report,
        boolean nothingToCreate,
        int status) {

    public ProjectSetupView {
        projects = List.copyOf(projects);
        portalGroups = List.copyOf(portalGroups);
        rows = List.copyOf(rows);
    }

    public boolean hasProjects() {
        return !projects.isEmpty();
    }

    public boolean hasPortalGroups() {
        return !portalGroups.isEmpty();
    }

    public boolean hasError() {
        return !error.isEmpty();
    }

    /** True when a plan or a report is shown. */
    public boolean hasResult() {
        return !rows.isEmpty();
    }
}
