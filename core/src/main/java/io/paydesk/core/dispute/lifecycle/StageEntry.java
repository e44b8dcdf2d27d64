package io.paydesk.core.dispute.lifecycle;

import io.paydesk.core.dispute.deadline.StageDate;
import io.paydesk.core.dispute.deadline.StageDeadline;
import io.paydesk.core.dispute.scheme.DisputeStage;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One step of a dispute's timeline: the stage, the day it was entered, who filed it, and the time limit
 * that applied to entering it (with the rule-book version it was computed under).
 */
public record StageEntry(DisputeStage stage, LocalDate enteredOn, Party filedBy, StageDeadline timeLimit) {

    public StageEntry {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(enteredOn, "enteredOn");
        Objects.requireNonNull(filedBy, "filedBy");
        Objects.requireNonNull(timeLimit, "timeLimit");
        if (timeLimit.stage() != stage) {
            throw new IllegalArgumentException("the time limit of " + timeLimit.stage() + " on a " + stage + " entry");
        }
    }

    StageDate asStageDate() {
        return new StageDate(stage, enteredOn);
    }
}
