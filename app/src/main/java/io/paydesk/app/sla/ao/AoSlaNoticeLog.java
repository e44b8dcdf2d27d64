package io.paydesk.app.sla.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.paydesk.core.sla.GoalKind;
import io.paydesk.core.sla.SlaNotice;
import io.paydesk.core.sla.SlaNoticeLog;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * SLA notices kept in Active Objects ({@link SlaNoticeEntity}). Entities never leave this class.
 *
 * <p>Idempotent under races as {@link AoRequestEventLog} is: the look-up and the insert share a transaction,
 * and when another node stored the same notice in between, the unique {@code NOTICE_KEY} refuses the second
 * row; that transaction rolls back, the notice that won is read in a new one, and the answer is "not new".
 * Call {@link #record} outside any transaction of the caller's.
 */
@Named
public class AoSlaNoticeLog implements SlaNoticeLog {

    private static final int NANOS_PER_MILLI = 1_000_000;

    private final ActiveObjects ao;

    @Inject
    public AoSlaNoticeLog(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public boolean record(SlaNotice notice) {
        DBParam[] row = row(Objects.requireNonNull(notice, "notice"));
        try {
            return ao.executeInTransaction(() -> {
                if (known(notice.key())) {
                    return false;
                }
                ao.create(SlaNoticeEntity.class, row);
                return true;
            });
        } catch (RuntimeException insertFailed) {
            boolean won;
            try {
                won = ao.executeInTransaction(() -> known(notice.key()));
            } catch (RuntimeException readFailed) {
                insertFailed.addSuppressed(readFailed);
                throw insertFailed;
            }
            if (!won) {
                throw insertFailed;
            }
            return false;
        }
    }

    @Override
    public List<SlaNotice> list(String requestKey) {
        if (requestKey == null || requestKey.isBlank()) {
            return List.of();
        }
        return ao.executeInTransaction(() -> Arrays.stream(
                        ao.find(SlaNoticeEntity.class, Query.select().where("REQUEST_KEY = ?", requestKey)))
                .map(AoSlaNoticeLog::toDomain)
                .sorted(Comparator.comparing(SlaNotice::at).thenComparing(SlaNotice::key))
                .toList());
    }

    private boolean known(String noticeKey) {
        return ao.count(SlaNoticeEntity.class, Query.select().where("NOTICE_KEY = ?", noticeKey)) > 0;
    }

    private static DBParam[] row(SlaNotice notice) {
        AoSlaDueIndex.fit(notice.requestKey());
        long millis;
        try {
            millis = notice.at().toEpochMilli();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("notice " + notice.key() + " fell due at " + notice.at()
                    + ", beyond what the log can store", e);
        }
        return new DBParam[] {
            new DBParam("NOTICE_KEY", notice.key()),
            new DBParam("REQUEST_KEY", notice.requestKey()),
            new DBParam("GOAL", notice.goal().name()),
            new DBParam("CYCLE_NUMBER", notice.cycle()),
            new DBParam("KIND", notice.kind().name()),
            new DBParam("THRESHOLD", notice.percent()),
            new DBParam("DUE_MILLIS", millis),
            new DBParam("DUE_NANOS", notice.at().getNano() % NANOS_PER_MILLI),
        };
    }

    private static SlaNotice toDomain(SlaNoticeEntity row) {
        return new SlaNotice(row.getRequestKey(), GoalKind.valueOf(row.getGoal()), row.getCycleNumber(),
                SlaNotice.Kind.valueOf(row.getKind()), row.getThreshold(),
                Instant.ofEpochMilli(row.getDueMillis()).plusNanos(row.getDueNanos()));
    }
}
