package io.paydesk.core.setup;

import java.util.List;
import java.util.Optional;

/**
 * Port: one project's configuration in the host (Jira, or the sandbox's stand-in). It reads what exists and
 * creates what is missing; it never deletes or renames. A host that cannot do a step through its API answers
 * {@link Applied#BY_HAND}, and the report tells the administrator to do that step in Jira's own screens.
 */
public interface ProjectSetupTarget {

    enum Applied { CREATED, BY_HAND }

    /** What exists now. */
    ProjectState state();

    Applied createIssueType(IssueTypeSpec issueType);

    /** Adds an existing issue type to the project's issue type scheme, keeping every type already there. */
    Applied addIssueTypeToProject(IssueTypeSpec issueType);

    /** Creates the field with its options and a context for this project and the given issue types. */
    Applied createCustomField(FieldSpec field, List<IssueTypeSpec> issueTypes);

    /** Creates the screen with one tab named {@link SetupCatalogue#SCREEN_TAB}. */
    Applied createScreen(String screenName);

    /** Puts the custom field of that name (and of the field's type) on the screen's Paydesk tab. */
    Applied addFieldToScreen(String screenName, FieldSpec field);

    /**
     * Creates the request type on the project's portal with the issue type, in the named portal group when one is
     * given (one the project's request types are in already), else in none.
     */
    Applied createRequestType(RequestTypeSpec requestType, IssueTypeSpec issueType, Optional<String> portalGroup);

    /** Creates a screen scheme of that name whose default screen (for create, edit and view) is the screen. */
    Applied createScreenScheme(String schemeName, String screenName);

    /**
     * Maps the issue type to the screen scheme in the project's issue type screen scheme, keeping every other
     * mapping. The plan asks only when the project does not share that scheme with other projects.
     */
    Applied useScreenScheme(IssueTypeSpec issueType, String schemeName);
}
