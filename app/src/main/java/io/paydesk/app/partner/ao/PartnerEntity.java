package io.paydesk.app.partner.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A partner bank's profile, keyed by its service-desk organization id. Table {@code AO_xxxxxx_PARTNER}. */
@Preload
@Table("PARTNER")
public interface PartnerEntity extends Entity {

    @NotNull
    @Unique
    @Indexed
    @StringLength(64)
    String getPartnerKey();

    void setPartnerKey(String partnerKey);

    @NotNull
    @StringLength(255)
    String getName();

    void setName(String name);

    @NotNull
    @StringLength(2)
    String getCountry();

    void setCountry(String country);

    @NotNull
    @StringLength(64)
    String getTimeZone();

    void setTimeZone(String timeZone);

    @NotNull
    @StringLength(16)
    String getLanguage();

    void setLanguage(String language);
}
