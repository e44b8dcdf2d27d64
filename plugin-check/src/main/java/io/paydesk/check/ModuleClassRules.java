package io.paydesk.check;

import static io.paydesk.check.ModuleClassRule.Shape.CONCRETE_CLASS;
import static io.paydesk.check.ModuleClassRule.Shape.INTERFACE;
import static io.paydesk.check.ModuleClassRule.classAttribute;
import static io.paydesk.check.ModuleClassRule.classAttributeIn;
import static io.paydesk.check.ModuleClassRule.classText;

import java.util.List;

/**
 * The table of descriptor places that name classes, and the type each must have. To check a new module type, add
 * a line. When two lines match the same element, the first wins (so the more specific line goes first).
 */
final class ModuleClassRules {

    static final List<ModuleClassRule> TABLE = List.of(
            classAttribute("web-panel", "class", CONCRETE_CLASS, "com.atlassian.plugin.web.model.WebPanel"),
            classAttribute("web-panel-renderer", "class", CONCRETE_CLASS,
                    "com.atlassian.plugin.web.renderer.WebPanelRenderer"),
            classAttribute("context-provider", "class", CONCRETE_CLASS, "com.atlassian.plugin.web.ContextProvider"),
            // A web resource's conditions may also be the URL-reading kind; everywhere else only Condition.
            classAttributeIn("web-resource", "condition", "class", CONCRETE_CLASS,
                    "com.atlassian.plugin.web.Condition",
                    "com.atlassian.plugin.webresource.condition.UrlReadingCondition"),
            classAttribute("condition", "class", CONCRETE_CLASS, "com.atlassian.plugin.web.Condition"),
            classText("ao", "entity", INTERFACE, "net.java.ao.RawEntity"),
            classText("ao", "upgradeTask", CONCRETE_CLASS, "com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask"),
            classAttribute("servlet", "class", CONCRETE_CLASS, "jakarta.servlet.Servlet"),
            classAttribute("servlet-filter", "class", CONCRETE_CLASS, "jakarta.servlet.Filter"),
            classAttribute("servlet-context-listener", "class", CONCRETE_CLASS, "jakarta.servlet.ServletContextListener"),
            classText("workflow-function", "function-class", CONCRETE_CLASS, "com.opensymphony.workflow.FunctionProvider"),
            classText("workflow-condition", "condition-class", CONCRETE_CLASS, "com.opensymphony.workflow.Condition"),
            classText("workflow-validator", "validator-class", CONCRETE_CLASS, "com.opensymphony.workflow.Validator"),
            classAttribute("workflow-function", "class", CONCRETE_CLASS,
                    "com.atlassian.jira.plugin.workflow.WorkflowPluginFunctionFactory"),
            classAttribute("workflow-condition", "class", CONCRETE_CLASS,
                    "com.atlassian.jira.plugin.workflow.WorkflowPluginConditionFactory"),
            classAttribute("workflow-validator", "class", CONCRETE_CLASS,
                    "com.atlassian.jira.plugin.workflow.WorkflowPluginValidatorFactory"),
            classAttribute("jql-function", "class", CONCRETE_CLASS,
                    "com.atlassian.jira.plugin.jql.function.JqlFunction"),
            classAttribute("customfield-type", "class", CONCRETE_CLASS,
                    "com.atlassian.jira.issue.customfields.CustomFieldType"),
            classAttribute("customfield-searcher", "class", CONCRETE_CLASS,
                    "com.atlassian.jira.issue.customfields.CustomFieldSearcher"),
            classAttributeIn("webwork1", "action", "name", CONCRETE_CLASS,
                    "com.atlassian.jira.web.action.JiraWebActionSupport"));

    private ModuleClassRules() {
    }
}
