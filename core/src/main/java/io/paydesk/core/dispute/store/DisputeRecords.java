package io.paydesk.core.dispute.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Port: where disputes are kept, one per issue, with an index of the next due date so the deadline job
 * reads only the disputes whose time limit may have passed, never every open one.
 */
public interface DisputeRecords {

    Optional<DisputeRecord> find(long issueId);

    /** Inserts or replaces the dispute of {@code record.issueId()}. */
    void save(DisputeRecord record);

    /**
     * Open disputes whose next time limit ended on or before {@code day}, in the order of due day then issue id,
     * starting after {@code after} (from the first when empty), at most {@code limit}.
     */
    List<DisputeRecord> dueOnOrBefore(LocalDate day, Optional<DueCursor> after, int limit);
}
