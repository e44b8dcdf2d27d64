package io.paydesk.app.request.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.InvalidInputException;
import com.opensymphony.workflow.Validator;
import com.opensymphony.workflow.WorkflowException;
import io.paydesk.app.platform.RefusalText;
import io.paydesk.app.platform.Texts;
import io.paydesk.app.platform.jira.JiraTexts;
import io.paydesk.core.common.Outcome;
import io.paydesk.core.common.Refusal;
import io.paydesk.core.request.types.RequestType;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import java.util.Optional;

/**
 * Workflow validator "Paydesk: check the request fields", for the create transition: a loyalty claim, missing refund,
 * failed top-up, card block, KYC/AML review or partner API incident is checked field by field, each wrong field
 * refused under its own Jira field in the user's language (a typed card number is never repeated back). An accepted
 * request is left in the transition's variables for the post-functions after it. A payment dispute or any other
 * issue type passes untouched. Nothing is stored.
 */
@Named
public class RequestFieldsValidator implements Validator {

    private final JiraRequestIntake intake;
    private final JiraAuthenticationContext authentication;

    @Inject
    public RequestFieldsValidator(JiraRequestIntake intake, @ComponentImport JiraAuthenticationContext authentication) {
        this.intake = intake;
        this.authentication = authentication;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void validate(Map transientVars, Map args, PropertySet ps) throws InvalidInputException, WorkflowException {
        if (transientVars == null || !(transientVars.get("issue") instanceof Issue issue)) {
            throw new WorkflowException("Paydesk: check the request fields: the transition carries no issue");
        }
        Optional<JiraRequestIntake.Checked> checked = intake.check(issue);
        if (checked.isEmpty()) {
            return;
        }
        switch (checked.get().outcome()) {
            case Outcome.Accepted<RequestType> accepted -> JiraRequestIntake.handOver(transientVars, accepted.value());
            case Outcome.Refused<RequestType> refused -> {
                Texts texts = new JiraTexts(authentication.getI18nHelper());
                InvalidInputException error = new InvalidInputException();
                for (Refusal refusal : refused.refusals()) {
                    String text = RefusalText.of(refusal, texts);
                    intake.jiraFieldId(checked.get().type(), refusal.field())
                            .ifPresentOrElse(id -> error.addError(id, text), () -> error.addError(text));
                }
                throw error;
            }
        }
    }
}
