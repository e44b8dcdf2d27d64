package io.paydesk.core.dispute.desk;

import io.paydesk.core.common.Refusal;
import io.paydesk.core.dispute.store.DisputeRecord;
import io.paydesk.core.dispute.store.DueCursor;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One batch of the deadline job: the disputes it settled, those whose time limit passed in their partner's date
 * but whose scheme step was refused (each with the reasons; they stay as they were), and where the next batch
 * starts, empty once the due index has no more.
 */
public record DeadlineSweep(List<DisputeRecord> changed, List<Stuck> stuck, Optional<DueCursor> next) {

    /** A dispute past its time limit that the scheme's rules could not settle, and why. */
    public record Stuck(DisputeRecord record, List<Refusal> reasons) {
        public Stuck {
            Objects.requireNonNull(record, "record");
            reasons = List.copyOf(reasons);
        }
    }

    public DeadlineSweep {
        changed = List.copyOf(changed);
        stuck = List.copyOf(stuck);
        Objects.requireNonNull(next, "next");
    }
}
