package io.paydesk.app.sla.ao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paydesk.core.partner.PartnerId;
import io.paydesk.core.sla.SlaDueIndex;
import io.paydesk.core.sla.SlaSubject;
import io.paydesk.host.ao.AoDatabase;
import io.paydesk.host.ao.AoModule;
import io.paydesk.host.ao.HostActiveObjects;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The SLA due index on a real database: HSQLDB by default, PostgreSQL in CI ({@code -Dao.test.database=postgres}). */
class AoSlaDueIndexTest {

    private static final Instant NINE = Instant.parse("2026-03-02T08:00:00Z");
    private static final SlaSubject WISLANY = new SlaSubject("PAY-7", Optional.of(new PartnerId("12")), "Payment dispute");
    private static final SlaSubject NO_PARTNER = new SlaSubject("PAY-8", Optional.empty(), "");

    private HostActiveObjects ao;
    private AoSlaDueIndex index;

    @BeforeEach
    void open() {
        ao = HostActiveObjects.open(AoDatabase.fromSystemProperties(), AoModule.fromDescriptor(getClass().getClassLoader()));
        index = new AoSlaDueIndex(ao);
    }

    @AfterEach
    void close() {
        ao.close();
    }

    @Test
    void aRequestIsKeptWithItsSubjectAndReadWhenDueEarliestFirst() {
        index.put(WISLANY, Optional.of(NINE.plusSeconds(3600)));
        index.put(NO_PARTNER, Optional.of(NINE));
        index.put(new SlaSubject("PAY-9", Optional.empty(), "Card block"), Optional.of(NINE.plusSeconds(7200)));

        assertThat(index.due(NINE.plusSeconds(3600), 10)).extracting(SlaDueIndex.Entry::subject)
                .containsExactly(NO_PARTNER, WISLANY);
        assertThat(index.due(NINE.plusSeconds(7200), 2)).extracting(SlaDueIndex.Entry::requestKey)
                .containsExactly("PAY-8", "PAY-7");
        assertThat(index.due(NINE.minusMillis(1), 10)).isEmpty();
        assertThat(index.find("PAY-7").orElseThrow().subject()).isEqualTo(WISLANY);
        assertThat(index.find("PAY-1")).isEmpty();
    }

    @Test
    void theWholeIndexIsReadAPageAtATimeInKeyOrderDueOrNot() {
        index.put(WISLANY, Optional.of(NINE));
        index.put(NO_PARTNER, Optional.empty());
        index.put(new SlaSubject("PAY-10", Optional.empty(), "Card block"), Optional.of(NINE.plusSeconds(60)));

        List<SlaDueIndex.Entry> first = index.page("", 2);

        assertThat(first).extracting(SlaDueIndex.Entry::requestKey).containsExactly("PAY-10", "PAY-7");
        assertThat(index.page(first.get(1).requestKey(), 2)).extracting(SlaDueIndex.Entry::subject)
                .containsExactly(NO_PARTNER);
        assertThat(index.page("PAY-8", 2)).isEmpty();
    }

    @Test
    void aDueMomentWithinAMillisecondIsReadAsDueOnlyOnceItHasCome() {
        index.put(WISLANY, Optional.of(NINE.plusNanos(1)));

        assertThat(index.due(NINE, 10)).isEmpty();
        assertThat(index.due(NINE.plusMillis(1), 10)).hasSize(1);
    }

    @Test
    void aRequestWithNoClockRunningStaysKnownButIsNeverDue() {
        index.put(WISLANY, Optional.of(NINE));
        index.put(WISLANY, Optional.empty());

        assertThat(index.due(Instant.parse("2100-01-01T00:00:00Z"), 10)).isEmpty();
        assertThat(index.find("PAY-7").orElseThrow().dueAt()).isEmpty();
        assertThat(index.find("PAY-7").orElseThrow().subject()).isEqualTo(WISLANY);
    }

    @Test
    void aSweepMovesOnlyTheEntryItReadAndNeverOneAnEventWroteSince() {
        index.put(WISLANY, Optional.of(NINE));
        SlaDueIndex.Entry read = index.due(NINE, 10).getFirst();

        assertThat(index.replace(read, Optional.of(NINE.plusSeconds(60)))).isTrue();
        assertThat(index.replace(read, Optional.of(NINE.plusSeconds(120)))).as("revision moved on").isFalse();

        SlaDueIndex.Entry again = index.find("PAY-7").orElseThrow();
        index.put(WISLANY, Optional.of(NINE.plusSeconds(30)));
        assertThat(index.replace(again, Optional.empty())).isFalse();
        assertThat(index.find("PAY-7").orElseThrow().dueAt()).contains(NINE.plusSeconds(30));
        assertThat(index.find("PAY-7").orElseThrow().revision()).isEqualTo(again.revision() + 1);
    }

    @Test
    void twoNodesIndexingANewRequestAtOnceKeepOneRowWithTheLastWrite() {
        OtherNodeFirst racing = new OtherNodeFirst(ao, SlaDueEntity.class,
                () -> new AoSlaDueIndex(ao).put(WISLANY, Optional.of(NINE)));

        new AoSlaDueIndex(racing).put(WISLANY, Optional.of(NINE.plusSeconds(60)));

        OtherNodeFirst.check(racing.raced());
        assertThat(ao.count(SlaDueEntity.class, net.java.ao.Query.select())).isEqualTo(1);
        assertThat(index.find("PAY-7").orElseThrow().dueAt()).contains(NINE.plusSeconds(60));
        assertThat(index.find("PAY-7").orElseThrow().revision()).isEqualTo(2);
    }

    @Test
    void aRequestKeyTooLongToStoreIsRefusedBeforeAnythingIsWritten() {
        SlaSubject tooLong = new SlaSubject("P".repeat(AoSlaDueIndex.MAX_KEY_LENGTH + 1), Optional.empty(), "");

        assertThatThrownBy(() -> index.put(tooLong, Optional.of(NINE))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> index.put(WISLANY, Optional.of(Instant.MAX))).isInstanceOf(IllegalArgumentException.class);
        assertThat(ao.count(SlaDueEntity.class, net.java.ao.Query.select())).isZero();
    }
}
