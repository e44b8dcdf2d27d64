package io.paydesk.sandbox.host.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A customer organization of the service desk (one per partner bank). */
@Preload
@Table("HOST_ORG")
public interface HostOrgEntity extends Entity {

    @NotNull
    @Unique
    int getOrgId();

    void setOrgId(int value);

    @NotNull
    String getName();

    void setName(String value);
}
