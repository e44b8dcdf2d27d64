package io.paydesk.app.dispute.jira;

import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.priority.Priority;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.user.ApplicationUser;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Jira's issue on the create transition, faked: the values the form put on it, every value a workflow function
 * hands back through a setter, and {@link #create} doing what "Creates the issue originally" does (the issue gets its
 * id and what it holds at that moment is what Jira stores).
 */
final class FakeCreatedIssue implements MutableIssue {

    private Long id;
    private String summary = "";
    private String description;
    private final Map<CustomField, Object> values = new HashMap<>();
    private final List<Object> handedToJira = new ArrayList<>();
    private final Map<String, Object> stored = new LinkedHashMap<>();

    /** "Creates the issue originally": stores the issue's values as they are now and gives it its id. */
    void create(long newId) {
        stored.put("summary", summary);
        stored.put("description", description);
        values.forEach((field, value) -> stored.put(field.getId(), value));
        id = newId;
    }

    /** What the partner typed into Jira's own fields on the form. */
    void type(String typedSummary, String typedDescription) {
        summary = typedSummary;
        description = typedDescription;
    }

    void put(CustomField field, Object value) {
        values.put(field, value);
    }

    /** Every value a function set on the issue, in order. */
    List<Object> handedToJira() {
        return handedToJira;
    }

    /** What Jira stored on creation, by field id ({@code summary}, {@code description}, {@code customfield_…}). */
    Map<String, Object> stored() {
        return stored;
    }

    @Override
    public void setSummary(String summary) {
        handedToJira.add(summary);
        this.summary = summary;
    }

    @Override
    public void setDescription(String description) {
        handedToJira.add(description);
        this.description = description;
    }

    @Override
    public void setCustomFieldValue(CustomField customField, Object value) {
        handedToJira.add(value);
        values.put(customField, value);
    }

    @Override
    public void setPriorityId(String priorityId) {
        throw new AssertionError("the dispute functions never change the priority");
    }

    @Override
    public Long getId() {
        return id;
    }

    void setId(Long id) {
        this.id = id;
    }

    @Override
    public String getSummary() {
        return summary;
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public Object getCustomFieldValue(CustomField customField) {
        return values.get(customField);
    }

    @Override
    public String getKey() {
        return id == null ? null : "PAY-" + id;
    }

    @Override
    public IssueType getIssueType() {
        return null;
    }

    @Override
    public Status getStatus() {
        return null;
    }

    @Override
    public Priority getPriority() {
        return null;
    }

    @Override
    public ApplicationUser getReporter() {
        return null;
    }

    @Override
    public Timestamp getCreated() {
        return null;
    }
}
