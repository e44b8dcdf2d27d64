package io.paydesk.app.sla.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One business calendar, by name: its definition in the JSON form of {@code SlaJson} (the same text the
 * export writes). Table {@code AO_2DC1E0_SLA_CALENDAR}; a calendar is replaced when an administrator saves
 * it again, never deleted. Used only by {@link AoSlaSettings}.
 */
@Preload
@Table("SLA_CALENDAR")
public interface SlaCalendarEntity extends Entity {

    @NotNull
    @Unique
    @Indexed
    @StringLength(64)
    String getName();

    void setName(String name);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getDefinition();

    void setDefinition(String definition);
}
