package io.paydesk.app.sla.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One SLA notice: a warning threshold or breach a request's clock reached. Table
 * {@code AO_2DC1E0_SLA_NOTICE}; rows are only inserted. {@code NOTICE_KEY} is request, goal, cycle and
 * mark in one column (Active Objects declares no unique constraint over several columns), so each mark is
 * stored once. The instant is kept exactly, as in {@link SlaEventEntity}: epoch milliseconds plus the
 * nanoseconds within the millisecond. Used only by {@link AoSlaNoticeLog}.
 */
@Preload
@Table("SLA_NOTICE")
public interface SlaNoticeEntity extends Entity {

    @NotNull
    @Unique
    @Indexed
    @StringLength(255)
    String getNoticeKey();

    void setNoticeKey(String noticeKey);

    @NotNull
    @Indexed
    @StringLength(AoSlaDueIndex.MAX_KEY_LENGTH)
    String getRequestKey();

    void setRequestKey(String requestKey);

    /** A {@link io.paydesk.core.sla.GoalKind} name. */
    @NotNull
    @StringLength(32)
    String getGoal();

    void setGoal(String goal);

    @NotNull
    int getCycleNumber();

    void setCycleNumber(int cycleNumber);

    /** {@code WARNING} or {@code BREACH}. */
    @NotNull
    @StringLength(16)
    String getKind();

    void setKind(String kind);

    /** The share of the goal used: the warning's percent, 100 for a breach. */
    @NotNull
    int getThreshold();

    void setThreshold(int threshold);

    @NotNull
    long getDueMillis();

    void setDueMillis(long dueMillis);

    @NotNull
    int getDueNanos();

    void setDueNanos(int dueNanos);
}
