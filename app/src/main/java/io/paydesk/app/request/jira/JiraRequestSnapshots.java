package io.paydesk.app.request.jira;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.servicedesk.api.organization.CustomerOrganization;
import io.paydesk.core.partner.PartnerId;
import io.paydesk.core.request.RequestSnapshot;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Collection;
import java.util.Optional;

/**
 * Reads a Jira issue once, at the boundary, into the domain's {@link RequestSnapshot}. The partner bank
 * is the first customer organization on the request (JSM's "Organizations" field).
 */
@Named
public class JiraRequestSnapshots {

    static final String ORGANIZATIONS_FIELD = "Organizations";

    private final CustomFieldManager customFields;

    @Inject
    public JiraRequestSnapshots(@ComponentImport CustomFieldManager customFields) {
        this.customFields = customFields;
    }

    public RequestSnapshot of(Issue issue) {
        ApplicationUser reporter = issue.getReporter();
        return new RequestSnapshot(
                issue.getKey(),
                issue.getSummary(),
                issue.getIssueType() == null ? "" : issue.getIssueType().getName(),
                issue.getStatus() == null ? "" : issue.getStatus().getName(),
                issue.getCreated().toInstant(),
                reporter == null ? "" : reporter.getDisplayName(),
                partnerOf(issue));
    }

    /** The partner bank behind the request: its first customer organization, if any. */
    public Optional<PartnerId> partnerOf(Issue issue) {
        Collection<CustomField> fields = customFields.getCustomFieldObjectsByName(ORGANIZATIONS_FIELD);
        if (fields == null) {
            return Optional.empty();
        }
        for (CustomField field : fields) {
            if (issue.getCustomFieldValue(field) instanceof Collection<?> organizations) {
                for (Object organization : organizations) {
                    if (organization instanceof CustomerOrganization org) {
                        return Optional.of(new PartnerId(Integer.toString(org.getId())));
                    }
                }
            }
        }
        return Optional.empty();
    }
}
