package io.paydesk.sandbox.host.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A service-desk request as the sandbox host keeps it (Jira keeps its own issues). */
@Preload
@Table("HOST_ISSUE")
public interface HostIssueEntity extends Entity {

    @NotNull
    @Unique
    @StringLength(32)
    String getIssueKey();

    void setIssueKey(String value);

    @NotNull
    String getSummary();

    void setSummary(String value);

    @StringLength(StringLength.UNLIMITED)
    String getDescription();

    void setDescription(String value);

    @NotNull
    @StringLength(64)
    String getRequestType();

    void setRequestType(String value);

    @NotNull
    @StringLength(64)
    String getStatus();

    void setStatus(String value);

    @NotNull
    @StringLength(32)
    String getPriority();

    void setPriority(String value);

    @NotNull
    java.util.Date getCreated();

    void setCreated(java.util.Date value);

    @NotNull
    @StringLength(64)
    String getReporter();

    void setReporter(String value);

    @NotNull
    @Indexed
    int getOrganizationId();

    void setOrganizationId(int value);

    Integer getCustomerId();

    void setCustomerId(Integer value);

    @StringLength(19)
    String getCard();

    void setCard(String value);

    /**
     * True when only agents holding the risk/AML role may see the request, as a Jira issue security level
     * restricts an issue; false (the default) for everyone who may see the organization's requests.
     */
    @NotNull
    @Default("false")
    boolean isRiskAndAmlOnly();

    void setRiskAndAmlOnly(boolean value);
}
