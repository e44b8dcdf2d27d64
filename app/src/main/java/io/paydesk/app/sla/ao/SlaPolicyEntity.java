package io.paydesk.app.sla.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One version of one SLA policy, in the JSON form of {@code SlaJson} with its version and the moment it
 * took effect. Table {@code AO_2DC1E0_SLA_POLICY}; rows are only ever inserted, never updated or deleted,
 * so a timer's version stays readable. {@code POLICY_REF} ({@code wislany@v2}) is unique: two nodes
 * publishing the same next version at once cannot both succeed. Used only by {@link AoSlaSettings}.
 */
@Preload({"POLICY_REF", "POLICY_ID", "POLICY_VERSION"})
@Table("SLA_POLICY")
public interface SlaPolicyEntity extends Entity {

    @NotNull
    @Unique
    @Indexed
    @StringLength(80)
    String getPolicyRef();

    void setPolicyRef(String policyRef);

    @NotNull
    @Indexed
    @StringLength(64)
    String getPolicyId();

    void setPolicyId(String policyId);

    @NotNull
    int getPolicyVersion();

    void setPolicyVersion(int policyVersion);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getDefinition();

    void setDefinition(String definition);
}
