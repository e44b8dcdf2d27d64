package io.paydesk.core.sla;

import static org.assertj.core.api.Assertions.assertThat;

import io.paydesk.core.common.Outcome;
import io.paydesk.core.common.Refusal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SlaQueryTest {

    private static List<Refusal> refusals(String... arguments) {
        return ((Outcome.Refused<SlaQuery>) SlaQuery.parse(List.of(arguments))).refusals();
    }

    @Test
    void aConditionAloneSearchesEveryGoalAndCaseAndBlanksDoNotMatter() {
        assertThat(SlaQuery.parse(List.of(" Breached ")).orElseThrow())
                .isEqualTo(new SlaQuery(SlaCondition.BREACHED, Optional.empty()));
        assertThat(SlaQuery.parse(List.of("warned", "FIRST-RESPONSE")).orElseThrow())
                .isEqualTo(new SlaQuery(SlaCondition.WARNED, Optional.of(GoalKind.FIRST_RESPONSE)));
        assertThat(SlaQuery.parse(List.of("paused", "")).orElseThrow().goal()).isEmpty();
    }

    @Test
    void anUnknownConditionIsRefusedWithItsValueAndTheAllowedOnes() {
        assertThat(refusals("late")).containsExactly(Refusal.of(SlaQuery.CONDITION_FIELD, "late",
                SlaQuery.UNKNOWN_CONDITION, "late", "running, paused, met, breached, warned"));
    }

    @Test
    void aMissingConditionIsRefused() {
        assertThat(refusals()).extracting(Refusal::reasonKey).containsExactly(SlaQuery.CONDITION_MISSING);
        assertThat(refusals(" ")).extracting(Refusal::field).containsExactly(SlaQuery.CONDITION_FIELD);
    }

    @Test
    void anUnknownGoalIsRefusedWithItsValueAndTheAllowedOnes() {
        assertThat(refusals("met", "first_response")).containsExactly(Refusal.of(SlaQuery.GOAL_FIELD, "first_response",
                SlaQuery.UNKNOWN_GOAL, "first_response", "first-response, resolution, partner-update"));
    }

    @Test
    void everyWrongArgumentIsReportedAtOnce() {
        assertThat(refusals("late", "soon", "extra")).extracting(Refusal::reasonKey)
                .containsExactly(SlaQuery.TOO_MANY, SlaQuery.UNKNOWN_CONDITION, SlaQuery.UNKNOWN_GOAL);
    }

    @Test
    void warnedMatchesOnlyAnOpenCycleThatCrossedAThreshold() {
        SlaQuery warned = SlaQuery.parse(List.of("warned", "resolution")).orElseThrow();

        assertThat(warned.matches(List.of(new SlaStanding(GoalKind.RESOLUTION, SlaState.PAUSED, true)))).isTrue();
        assertThat(warned.matches(List.of(new SlaStanding(GoalKind.RESOLUTION, SlaState.RUNNING, false)))).isFalse();
        assertThat(warned.matches(List.of(new SlaStanding(GoalKind.FIRST_RESPONSE, SlaState.RUNNING, true)))).isFalse();
    }
}
