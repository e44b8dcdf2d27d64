package io.paydesk.sandbox.host.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A loyalty ledger entry of a customer (points, never money). */
@Preload
@Table("HOST_LEDGER")
public interface HostLedgerEntity extends Entity {

    @NotNull
    @Indexed
    int getCustomerId();

    void setCustomerId(int value);

    @NotNull
    java.util.Date getPosted();

    void setPosted(java.util.Date value);

    @NotNull
    @StringLength(16)
    String getEntryKind();

    void setEntryKind(String value);

    @NotNull
    long getPoints();

    void setPoints(long value);

    @StringLength(12)
    String getTxnRrn();

    void setTxnRrn(String value);
}
