package io.paydesk.app.dispute.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One published revision of the dispute deadline rules, stored whole as its table text
 * ({@code DeadlineRuleTable} format, comments included) with who published it and when. Table
 * {@code AO_xxxxxx_RULE_REVISION}; rows are only inserted, never updated or deleted. {@code REVISION_KEY}
 * ({@code paydesk-defaults@r3}) is unique, so two nodes publishing the same revision at once cannot both
 * succeed. Used only by {@link AoDeadlineRuleBooks}.
 */
@Preload({"REVISION_KEY", "BOOK", "REVISION_NUMBER", "PUBLISHED_AT", "PUBLISHED_BY"})
@Table("RULE_REVISION")
public interface RuleRevisionEntity extends Entity {

    @NotNull
    @Unique
    @Indexed
    @StringLength(80)
    String getRevisionKey();

    void setRevisionKey(String revisionKey);

    @NotNull
    @StringLength(64)
    String getBook();

    void setBook(String book);

    @NotNull
    @Indexed
    int getRevisionNumber();

    void setRevisionNumber(int revisionNumber);

    /** Epoch milliseconds; the exact instant is the table text's {@code createdAt}. */
    @NotNull
    long getPublishedAt();

    void setPublishedAt(long publishedAt);

    @NotNull
    @StringLength(255)
    String getPublishedBy();

    void setPublishedBy(String publishedBy);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getTableText();

    void setTableText(String tableText);
}
