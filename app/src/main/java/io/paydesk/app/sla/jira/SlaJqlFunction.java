package io.paydesk.app.sla.jira;

import com.atlassian.jira.JiraDataType;
import com.atlassian.jira.JiraDataTypes;
import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.plugin.jql.function.JqlFunction;
import com.atlassian.jira.plugin.jql.function.JqlFunctionModuleDescriptor;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.util.MessageSetImpl;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.FunctionOperand;
import io.paydesk.app.platform.jira.JiraTexts;
import io.paydesk.app.sla.SlaSearch;
import io.paydesk.core.common.Outcome;
import io.paydesk.core.sla.SlaQuery;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The JQL function {@code paydeskSla}: {@code issue in paydeskSla("breached")},
 * {@code issue in paydeskSla("warned", "first-response")}. Gives the keys of the requests the
 * {@link SlaSearch} finds; wrong arguments are reported in the searcher's language, each naming the argument,
 * its value and the values allowed.
 *
 * <p>It only narrows a search: Jira applies the searcher's browse permissions to the whole query, so a
 * request the searcher may not see is never shown, whatever this function names. Keys are returned as
 * string literals, which Jira resolves to issues itself.
 */
@Named
public class SlaJqlFunction implements JqlFunction {

    static final String NAME = "paydeskSla";

    private final SlaSearch search;
    private final JiraAuthenticationContext authentication;

    @Inject
    public SlaJqlFunction(SlaSearch search, @ComponentImport JiraAuthenticationContext authentication) {
        this.search = search;
        this.authentication = authentication;
    }

    @Override
    public void init(JqlFunctionModuleDescriptor moduleDescriptor) {
        // the name and list flag are this class's own; nothing to read from the descriptor
    }

    @Override
    public MessageSet validate(ApplicationUser searcher, FunctionOperand operand, TerminalClause terminalClause) {
        MessageSet messages = new MessageSetImpl();
        for (String problem : search.problems(operand.getArgs(), new JiraTexts(authentication.getI18nHelper()))) {
            messages.addErrorMessage(problem);
        }
        return messages;
    }

    /** Jira validates first; arguments that are still wrong here find nothing. */
    @Override
    public List<QueryLiteral> getValues(QueryCreationContext queryCreationContext, FunctionOperand operand,
                                        TerminalClause terminalClause) {
        return switch (search.read(operand.getArgs())) {
            case Outcome.Accepted<SlaQuery> query -> search.find(query.value()).stream()
                    .map(key -> new QueryLiteral(operand, key)).toList();
            case Outcome.Refused<SlaQuery> refused -> List.of();
        };
    }

    @Override
    public boolean isList() {
        return true;
    }

    @Override
    public int getMinimumNumberOfExpectedArguments() {
        return 1;
    }

    @Override
    public String getFunctionName() {
        return NAME;
    }

    @Override
    public JiraDataType getDataType() {
        return JiraDataTypes.ISSUE;
    }
}
