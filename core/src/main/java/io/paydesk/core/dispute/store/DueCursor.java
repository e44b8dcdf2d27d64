package io.paydesk.core.dispute.store;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Where a walk through the next-due index stopped: the last dispute read, by its due day and issue id (the
 * index's order). The next read starts after it, so disputes that cannot be settled yet never hide the ones
 * behind them.
 */
public record DueCursor(LocalDate due, long issueId) {

    public DueCursor {
        Objects.requireNonNull(due, "due");
    }

    /** The cursor just past this record, which must be due. */
    public static DueCursor after(DisputeRecord record) {
        return new DueCursor(record.nextDue().orElseThrow(() -> new IllegalArgumentException(
                "dispute of issue " + record.issueId() + " is due on no day")), record.issueId());
    }
}
