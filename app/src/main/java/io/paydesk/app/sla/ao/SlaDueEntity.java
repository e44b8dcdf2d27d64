package io.paydesk.app.sla.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One request in the SLA due index: when something next happens to its clocks ({@code NEXT_DUE}, epoch
 * milliseconds rounded up, {@code NULL} while no clock runs) and what picks its policy (partner
 * organization, request type). Table {@code AO_2DC1E0_SLA_DUE}; one row per request, kept once written so
 * {@code REVISION} only ever grows. Used only by {@link AoSlaDueIndex}.
 */
@Preload
@Table("SLA_DUE")
public interface SlaDueEntity extends Entity {

    @NotNull
    @Unique
    @Indexed
    @StringLength(AoSlaDueIndex.MAX_KEY_LENGTH)
    String getRequestKey();

    void setRequestKey(String requestKey);

    @Indexed
    Long getNextDue();

    void setNextDue(Long nextDue);

    /** The partner organization's id, or {@code NULL} for a request with none. */
    @StringLength(64)
    String getPartnerId();

    void setPartnerId(String partnerId);

    @StringLength(255)
    String getRequestType();

    void setRequestType(String requestType);

    /** Raised by every write: a sweep moves the row only over the revision it read. */
    @NotNull
    long getRevision();

    void setRevision(long revision);
}
