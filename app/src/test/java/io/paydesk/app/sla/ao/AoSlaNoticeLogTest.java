package io.paydesk.app.sla.ao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paydesk.core.sla.GoalKind;
import io.paydesk.core.sla.SlaNotice;
import io.paydesk.host.ao.AoDatabase;
import io.paydesk.host.ao.AoModule;
import io.paydesk.host.ao.HostActiveObjects;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** SLA notices on a real database: HSQLDB by default, PostgreSQL in CI ({@code -Dao.test.database=postgres}). */
class AoSlaNoticeLogTest {

    private static final Instant TEN = Instant.parse("2026-03-02T09:00:00Z");

    private HostActiveObjects ao;
    private AoSlaNoticeLog log;

    @BeforeEach
    void open() {
        ao = HostActiveObjects.open(AoDatabase.fromSystemProperties(), AoModule.fromDescriptor(getClass().getClassLoader()));
        log = new AoSlaNoticeLog(ao);
    }

    @AfterEach
    void close() {
        ao.close();
    }

    @Test
    void aNoticeIsKeptOnceWithItsExactInstant() {
        SlaNotice warning = SlaNotice.warning("PAY-7", GoalKind.RESOLUTION, 2, 75, TEN.plusNanos(123_456_789));
        SlaNotice breach = SlaNotice.breach("PAY-7", GoalKind.FIRST_RESPONSE, 1, TEN.minusSeconds(60));

        assertThat(log.record(warning)).isTrue();
        assertThat(log.record(breach)).isTrue();
        assertThat(log.record(warning)).isFalse();
        assertThat(log.record(SlaNotice.warning("PAY-7", GoalKind.RESOLUTION, 2, 75, TEN))).as("same mark, same key").isFalse();

        assertThat(log.list("PAY-7")).containsExactly(breach, warning);
        assertThat(log.list("PAY-8")).isEmpty();
        assertThat(log.list(" ")).isEmpty();
    }

    @Test
    void aNoticeThatLosesARaceToTheSameMarkIsNotNewAndNotAFailure() {
        SlaNotice warning = SlaNotice.warning("PAY-7", GoalKind.RESOLUTION, 1, 50, TEN);
        OtherNodeFirst racing = new OtherNodeFirst(ao, SlaNoticeEntity.class,
                () -> assertThat(new AoSlaNoticeLog(ao).record(warning)).isTrue());

        assertThat(new AoSlaNoticeLog(racing).record(warning)).isFalse();

        OtherNodeFirst.check(racing.raced());
        assertThat(log.list("PAY-7")).containsExactly(warning);
    }

    @Test
    void aRequestKeyTooLongToStoreIsRefusedBeforeAnythingIsWritten() {
        SlaNotice tooLong = SlaNotice.breach("P".repeat(AoSlaDueIndex.MAX_KEY_LENGTH + 1), GoalKind.RESOLUTION, 1, TEN);

        assertThatThrownBy(() -> log.record(tooLong)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(String.valueOf(AoSlaDueIndex.MAX_KEY_LENGTH));
        assertThat(ao.count(SlaNoticeEntity.class, net.java.ao.Query.select())).isZero();
    }
}
