package io.paydesk.app.dispute.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * The dispute behind one issue. {@code NEXT_DUE} (ISO date, so text order is date order; null once nothing
 * more is due) is the index the deadline job reads. {@code RECORD} is the whole dispute in
 * {@code DisputeCodec} text; {@code PARTNER_ID} is the partner bank that raised it (whose calendar counts its
 * business days; null in rows stored before it was recorded); the other columns repeat what queries and reports
 * need. Table {@code AO_xxxxxx_DISPUTE}.
 */
@Preload({"ISSUE_ID", "STAGE", "NEXT_DUE", "CARD", "PARTNER_ID", "PARTNER_ZONE", "EVIDENCE"})
@Table("DISPUTE")
public interface DisputeEntity extends Entity {

    @NotNull
    @Unique
    @Indexed
    long getIssueId();

    void setIssueId(long issueId);

    @NotNull
    @StringLength(32)
    String getStage();

    void setStage(String stage);

    @Indexed
    @StringLength(10)
    String getNextDue();

    void setNextDue(String nextDue);

    /** First six, asterisks, last four; never a full number. */
    @StringLength(19)
    String getCard();

    void setCard(String card);

    /** The partner bank's organization id; null for a dispute stored before partners were recorded. */
    @StringLength(64)
    String getPartnerId();

    void setPartnerId(String partnerId);

    @NotNull
    @StringLength(64)
    String getPartnerZone();

    void setPartnerZone(String partnerZone);

    /** Evidence ids the issuer holds, comma-separated. */
    @StringLength(StringLength.UNLIMITED)
    String getEvidence();

    void setEvidence(String evidence);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getRecord();

    void setRecord(String record);
}
