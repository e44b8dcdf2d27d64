package io.paydesk.app.sla.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One recorded event of a request's SLA history. Table {@code AO_2DC1E0_SLA_EVENT}; rows are only ever
 * inserted, never updated. Used only by {@link AoRequestEventLog}.
 *
 * <p>The moment is kept as epoch milliseconds ({@code OCCURRED_MILLIS}) plus the nanoseconds within that
 * millisecond ({@code OCCURRED_NANOS}, 0 to 999,999), not as an AO {@code Date}: the domain's instants may
 * carry nanoseconds, and a {@code TIMESTAMP} column is written and read in the JVM's default time zone, so
 * an instant in a daylight-saving fall-back hour can come back an hour off, and some databases drop the
 * milliseconds. Two integers give back exactly the instant that was stored, on every database.
 *
 * <p>The status and priority columns hold what the event's kind carries ({@code CREATED}: status and
 * priority in the {@code _TO} columns; {@code STATUS_CHANGED} and {@code PRIORITY_CHANGED}: from and to);
 * the others stay {@code NULL}. A {@code NULL} read where the kind needs a value is the empty string
 * (Oracle stores {@code ''} as {@code NULL}).
 */
@Preload
@Table("SLA_EVENT")
public interface SlaEventEntity extends Entity {

    /** The host's id of the event: the same id is the same event, so one row per id. */
    @NotNull
    @Unique
    @Indexed
    @StringLength(AoRequestEventLog.MAX_ID_LENGTH)
    String getEventId();

    void setEventId(String eventId);

    @NotNull
    @Indexed
    @StringLength(AoRequestEventLog.MAX_TEXT_LENGTH)
    String getRequestKey();

    void setRequestKey(String requestKey);

    @NotNull
    long getOccurredMillis();

    void setOccurredMillis(long occurredMillis);

    @NotNull
    int getOccurredNanos();

    void setOccurredNanos(int occurredNanos);

    /** An {@link io.paydesk.core.sla.EventKind} name. */
    @NotNull
    @StringLength(32)
    String getKind();

    void setKind(String kind);

    @StringLength(AoRequestEventLog.MAX_TEXT_LENGTH)
    String getStatusFrom();

    void setStatusFrom(String statusFrom);

    @StringLength(AoRequestEventLog.MAX_TEXT_LENGTH)
    String getStatusTo();

    void setStatusTo(String statusTo);

    @StringLength(AoRequestEventLog.MAX_TEXT_LENGTH)
    String getPriorityFrom();

    void setPriorityFrom(String priorityFrom);

    @StringLength(AoRequestEventLog.MAX_TEXT_LENGTH)
    String getPriorityTo();

    void setPriorityTo(String priorityTo);

    /** The {@link io.paydesk.core.sla.PauseReason#code()} the agent chose, or {@code NULL}. */
    @StringLength(AoRequestEventLog.MAX_TEXT_LENGTH)
    String getPauseReason();

    void setPauseReason(String pauseReason);
}
