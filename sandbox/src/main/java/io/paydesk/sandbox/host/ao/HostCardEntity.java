package io.paydesk.sandbox.host.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A card, kept masked (first six and last four digits) as everywhere in Paydesk. */
@Preload
@Table("HOST_CARD")
public interface HostCardEntity extends Entity {

    @NotNull
    @Indexed
    int getCustomerId();

    void setCustomerId(int value);

    @NotNull
    @StringLength(19)
    String getMaskedNumber();

    void setMaskedNumber(String value);

    @NotNull
    @StringLength(32)
    String getScheme();

    void setScheme(String value);

    @NotNull
    @StringLength(3)
    String getCurrency();

    void setCurrency(String value);
}
