package io.paydesk.app.sla.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockConstruction;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.jira.JiraDataTypes;
import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.util.MessageSetImpl;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.FunctionOperand;
import io.paydesk.app.sla.SlaSearch;
import io.paydesk.core.sla.GoalKind;
import io.paydesk.core.sla.SlaQuery;
import io.paydesk.core.sla.SlaStanding;
import io.paydesk.core.sla.SlaState;
import io.paydesk.core.sla.SlaStateIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.mockito.MockedConstruction;

/** The Jira side of the SLA search, with Jira's classes faked (the real ones come with Jira). */
class SlaJqlFunctionTest {

    /** The state index as a map, in key order. */
    private final Map<String, List<SlaStanding>> byRequest = new TreeMap<>();
    private final SlaStateIndex states = new SlaStateIndex() {
        @Override
        public void put(String requestKey, List<SlaStanding> standings) {
            byRequest.put(requestKey, standings);
        }

        @Override
        public List<SlaStanding> find(String requestKey) {
            return byRequest.getOrDefault(requestKey, List.of());
        }

        @Override
        public List<String> search(SlaQuery query, int limit) {
            return byRequest.entrySet().stream().filter(e -> query.matches(e.getValue())).map(Map.Entry::getKey)
                    .limit(limit).toList();
        }
    };
    private final I18nHelper i18n = mock(I18nHelper.class);
    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final SlaJqlFunction function = new SlaJqlFunction(new SlaSearch(states), authentication);

    private static FunctionOperand operand(String... arguments) {
        FunctionOperand operand = mock(FunctionOperand.class);
        when(operand.getArgs()).thenReturn(List.of(arguments));
        return operand;
    }

    @Test
    void itIsTheIssueListFunctionPaydeskSlaWithAtLeastOneArgument() {
        assertThat(function.getFunctionName()).isEqualTo("paydeskSla");
        assertThat(function.isList()).isTrue();
        assertThat(function.getMinimumNumberOfExpectedArguments()).isEqualTo(1);
        assertThat(function.getDataType()).isSameAs(JiraDataTypes.ISSUE);
    }

    @Test
    void aBreachedRequestIsFoundAndARunningOneIsNot() {
        byRequest.put("PAY-1", List.of(new SlaStanding(GoalKind.RESOLUTION, SlaState.BREACHED, false)));
        byRequest.put("PAY-2", List.of(new SlaStanding(GoalKind.RESOLUTION, SlaState.RUNNING, true)));
        FunctionOperand operand = operand("breached", "resolution");
        List<List<?>> made = new ArrayList<>();

        try (MockedConstruction<QueryLiteral> literals = mockConstruction(QueryLiteral.class,
                (literal, context) -> made.add(context.arguments()))) {
            List<QueryLiteral> values = function.getValues(mock(QueryCreationContext.class), operand,
                    mock(TerminalClause.class));

            assertThat(values).containsExactlyElementsOf(literals.constructed());
        }
        assertThat(made).containsExactly(List.of(operand, "PAY-1"));
    }

    @Test
    void wrongArgumentsAreReportedInTheSearchersLanguageOneErrorEach() {
        when(authentication.getI18nHelper()).thenReturn(i18n);
        when(i18n.getText(SlaQuery.UNKNOWN_CONDITION, new String[] {"late", "running, paused, met, breached, warned"}))
                .thenReturn("state late unknown");
        when(i18n.getText(SlaQuery.UNKNOWN_GOAL, new String[] {"soon", "first-response, resolution, partner-update"}))
                .thenReturn("goal soon unknown");

        try (MockedConstruction<MessageSetImpl> sets = mockConstruction(MessageSetImpl.class)) {
            MessageSet messages = function.validate(mock(ApplicationUser.class), operand("late", "soon"),
                    mock(TerminalClause.class));

            assertThat(messages).isSameAs(sets.constructed().getFirst());
            verify(messages).addErrorMessage("state late unknown");
            verify(messages).addErrorMessage("goal soon unknown");
        }
    }

    @Test
    void rightArgumentsGiveNoErrorAndWrongOnesFindNothing() {
        byRequest.put("PAY-1", List.of(new SlaStanding(GoalKind.RESOLUTION, SlaState.BREACHED, false)));
        when(authentication.getI18nHelper()).thenReturn(i18n);

        try (MockedConstruction<MessageSetImpl> sets = mockConstruction(MessageSetImpl.class)) {
            MessageSet messages = function.validate(mock(ApplicationUser.class), operand("warned"), mock(TerminalClause.class));
            verifyNoInteractions(messages);
        }
        assertThat(function.getValues(mock(QueryCreationContext.class), operand("late"), mock(TerminalClause.class)))
                .isEmpty();
    }
}
