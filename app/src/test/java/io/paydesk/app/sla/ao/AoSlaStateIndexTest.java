package io.paydesk.app.sla.ao;

import static io.paydesk.core.sla.GoalKind.FIRST_RESPONSE;
import static io.paydesk.core.sla.GoalKind.PARTNER_UPDATE;
import static io.paydesk.core.sla.GoalKind.RESOLUTION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paydesk.core.sla.SlaQuery;
import io.paydesk.core.sla.SlaStanding;
import io.paydesk.core.sla.SlaState;
import io.paydesk.host.ao.AoDatabase;
import io.paydesk.host.ao.AoModule;
import io.paydesk.host.ao.HostActiveObjects;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The SLA state index on a real database: HSQLDB by default, PostgreSQL in CI ({@code -Dao.test.database=postgres}). */
class AoSlaStateIndexTest {

    private HostActiveObjects ao;
    private AoSlaStateIndex index;

    @BeforeEach
    void open() {
        ao = HostActiveObjects.open(AoDatabase.fromSystemProperties(), AoModule.fromDescriptor(getClass().getClassLoader()));
        index = new AoSlaStateIndex(ao);
    }

    @AfterEach
    void close() {
        ao.close();
    }

    private List<String> search(String... arguments) {
        return index.search(SlaQuery.parse(List.of(arguments)).orElseThrow(), 100);
    }

    @Test
    void standingsAreKeptPerGoalAndReadBackInGoalOrder() {
        List<SlaStanding> standings = List.of(new SlaStanding(RESOLUTION, SlaState.PAUSED, true),
                new SlaStanding(FIRST_RESPONSE, SlaState.BREACHED, false));

        index.put("PAY-7", standings);

        assertThat(index.find("PAY-7")).containsExactly(new SlaStanding(FIRST_RESPONSE, SlaState.BREACHED, false),
                new SlaStanding(RESOLUTION, SlaState.PAUSED, true));
        assertThat(index.find("PAY-8")).isEmpty();
    }

    @Test
    void aNewPutReplacesTheRequestsStandingsAndDropsGoalsNoLongerGiven() {
        index.put("PAY-7", List.of(new SlaStanding(FIRST_RESPONSE, SlaState.RUNNING, true),
                new SlaStanding(PARTNER_UPDATE, SlaState.RUNNING, false)));

        index.put("PAY-7", List.of(new SlaStanding(FIRST_RESPONSE, SlaState.BREACHED, false)));

        assertThat(index.find("PAY-7")).containsExactly(new SlaStanding(FIRST_RESPONSE, SlaState.BREACHED, false));
        assertThat(search("running")).isEmpty();
        assertThat(search("warned")).isEmpty();
    }

    @Test
    void aSearchFindsEachRequestOnceInKeyOrderByStateOrWarningAndOptionallyByGoal() {
        index.put("PAY-9", List.of(new SlaStanding(FIRST_RESPONSE, SlaState.BREACHED, false),
                new SlaStanding(RESOLUTION, SlaState.BREACHED, false)));
        index.put("PAY-10", List.of(new SlaStanding(FIRST_RESPONSE, SlaState.MET, false),
                new SlaStanding(RESOLUTION, SlaState.RUNNING, true)));
        index.put("PAY-11", List.of(new SlaStanding(FIRST_RESPONSE, SlaState.BREACHED, false)));

        assertThat(search("breached")).containsExactly("PAY-11", "PAY-9");
        assertThat(search("breached", "resolution")).containsExactly("PAY-9");
        assertThat(search("warned")).containsExactly("PAY-10");
        assertThat(search("warned", "first-response")).isEmpty();
        assertThat(search("running", "resolution")).containsExactly("PAY-10");
        assertThat(search("met")).containsExactly("PAY-10");
        assertThat(search("paused")).isEmpty();
        assertThat(index.search(SlaQuery.parse(List.of("breached")).orElseThrow(), 1)).containsExactly("PAY-11");
    }

    @Test
    void aBlankOrOverlongRequestKeyIsRefusedAndNothingIsWritten() {
        assertThatThrownBy(() -> index.put(" ", List.of(new SlaStanding(FIRST_RESPONSE, SlaState.RUNNING, false))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 to 200 characters");

        assertThat(search("running")).isEmpty();
    }
}
