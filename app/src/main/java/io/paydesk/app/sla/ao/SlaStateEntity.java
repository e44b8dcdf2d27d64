package io.paydesk.app.sla.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * How one goal of one request stands, for the search by SLA state: the latest cycle's {@code STATE}
 * ({@code RUNNING}, {@code PAUSED}, {@code MET}, {@code BREACHED}) and {@code WARNED} (an open cycle past a
 * warning threshold). Table {@code AO_2DC1E0_SLA_STATE}; one row per request and goal, unique by
 * {@code ENTRY_KEY} ({@code <request key>/<GOAL>}), so two nodes cannot both insert it. Used only by
 * {@link AoSlaStateIndex}.
 */
@Preload
@Table("SLA_STATE")
public interface SlaStateEntity extends Entity {

    /** {@code <request key>/<GOAL>}: one row per request and goal. */
    @NotNull
    @Unique
    @StringLength(AoSlaStateIndex.MAX_ENTRY_KEY_LENGTH)
    String getEntryKey();

    void setEntryKey(String entryKey);

    @NotNull
    @Indexed
    @StringLength(AoSlaDueIndex.MAX_KEY_LENGTH)
    String getRequestKey();

    void setRequestKey(String requestKey);

    /** A {@code GoalKind} name. */
    @NotNull
    @Indexed
    @StringLength(32)
    String getGoal();

    void setGoal(String goal);

    /** An {@code SlaState} name. */
    @NotNull
    @Indexed
    @StringLength(16)
    String getState();

    void setState(String state);

    @NotNull
    boolean getWarned();

    void setWarned(boolean warned);
}
