package com.atlassian.jira.issue;

import com.atlassian.jira.issue.context.JiraContextNode;
import com.atlassian.jira.issue.customfields.CustomFieldSearcher;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import java.util.Collection;
import java.util.List;
import org.ofbiz.core.entity.GenericEntityException;

/** Javadoc: https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/issue/CustomFieldManager.html */
public interface CustomFieldManager {
    Collection<CustomField> getCustomFieldObjectsByName(String customFieldName);

    List<CustomField> getCustomFieldObjects();

    CustomField createCustomField(String fieldName, String description, CustomFieldType fieldType,
                                  CustomFieldSearcher customFieldSearcher, List<JiraContextNode> contexts,
                                  List<IssueType> issueTypes) throws GenericEntityException;

    CustomFieldType getCustomFieldType(String key);

    CustomFieldSearcher getCustomFieldSearcher(String key);
}
