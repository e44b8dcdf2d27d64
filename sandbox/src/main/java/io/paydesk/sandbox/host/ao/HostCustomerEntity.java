package io.paydesk.sandbox.host.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A cardholder of a partner bank, with a loyalty account. */
@Preload
@Table("HOST_CUSTOMER")
public interface HostCustomerEntity extends Entity {

    @NotNull
    @Indexed
    int getOrganizationId();

    void setOrganizationId(int value);

    @NotNull
    String getFullName();

    void setFullName(String value);

    @NotNull
    @StringLength(32)
    String getLoyaltyAccount();

    void setLoyaltyAccount(String value);
}
