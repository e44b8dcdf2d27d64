package io.paydesk.sandbox.host.ao;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A comment on a request, as the sandbox host keeps it (Jira keeps its own comments). */
@Table("HOST_COMMENT")
public interface HostCommentEntity extends Entity {

    @NotNull
    @Indexed
    @StringLength(32)
    String getIssueKey();

    void setIssueKey(String value);

    @NotNull
    @StringLength(64)
    String getAuthor();

    void setAuthor(String value);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getBody();

    void setBody(String value);

    @NotNull
    Date getCreated();

    void setCreated(Date value);
}
