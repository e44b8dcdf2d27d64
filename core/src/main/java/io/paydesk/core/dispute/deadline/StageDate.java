package io.paydesk.core.dispute.deadline;

import io.paydesk.core.dispute.scheme.DisputeStage;
import java.time.LocalDate;
import java.util.Objects;

/** The date a dispute entered a stage. */
public record StageDate(DisputeStage stage, LocalDate on) {

    public StageDate {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(on, "on");
    }
}
