package io.paydesk.core.setup;

/**
 * The built-in Jira custom field types Paydesk uses, with the searcher Jira pairs them with. Only built-in
 * types: the JSM customer portal cannot show fields of third-party types.
 */
public enum FieldType {
    TEXT("com.atlassian.jira.plugin.system.customfieldtypes:textfield",
            "com.atlassian.jira.plugin.system.customfieldtypes:textsearcher"),
    SELECT("com.atlassian.jira.plugin.system.customfieldtypes:select",
            "com.atlassian.jira.plugin.system.customfieldtypes:multiselectsearcher"),
    DATE("com.atlassian.jira.plugin.system.customfieldtypes:datepicker",
            "com.atlassian.jira.plugin.system.customfieldtypes:daterange"),
    DATE_TIME("com.atlassian.jira.plugin.system.customfieldtypes:datetime",
            "com.atlassian.jira.plugin.system.customfieldtypes:datetimerange"),
    NUMBER("com.atlassian.jira.plugin.system.customfieldtypes:float",
            "com.atlassian.jira.plugin.system.customfieldtypes:exactnumber");

    private final String typeKey;
    private final String searcherKey;

    FieldType(String typeKey, String searcherKey) {
        this.typeKey = typeKey;
        this.searcherKey = searcherKey;
    }

    /** Jira's key of the custom field type, e.g. {@code com.atlassian.jira.plugin.system.customfieldtypes:select}. */
    public String typeKey() {
        return typeKey;
    }

    /** Jira's key of the searcher that indexes this type. */
    public String searcherKey() {
        return searcherKey;
    }
}
