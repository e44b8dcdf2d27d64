package io.paydesk.sandbox.host.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A sandbox user: agent, partner-bank clerk or administrator. */
@Preload
@Table("HOST_USER")
public interface HostUserEntity extends Entity {

    @NotNull
    @Unique
    @StringLength(64)
    String getUsername();

    void setUsername(String value);

    @NotNull
    String getDisplayName();

    void setDisplayName(String value);

    @NotNull
    @StringLength(32)
    String getRole();

    void setRole(String value);

    Integer getOrganizationId();

    void setOrganizationId(Integer value);

    @NotNull
    @StringLength(16)
    String getLanguage();

    void setLanguage(String value);

    @NotNull
    @StringLength(64)
    String getTimeZone();

    void setTimeZone(String value);
}
