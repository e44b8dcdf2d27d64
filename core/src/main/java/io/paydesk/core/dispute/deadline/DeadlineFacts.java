package io.paydesk.core.dispute.deadline;

import io.paydesk.core.dispute.scheme.DisputeStage;
import io.paydesk.core.dispute.scheme.ReasonCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a time limit may depend on: the reason code, where the transaction sits, whether it was at an
 * ATM, its dates, and the stages the dispute has entered so far (oldest first).
 */
public record DeadlineFacts(
        ReasonCode reason,
        Geography geography,
        boolean atm,
        LocalDate transactionDate,
        Optional<LocalDate> processingDate,
        Optional<LocalDate> expectedServiceDate,
        List<StageDate> stages) {

    public DeadlineFacts {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(geography, "geography");
        Objects.requireNonNull(transactionDate, "transactionDate");
        Objects.requireNonNull(processingDate, "processingDate");
        Objects.requireNonNull(expectedServiceDate, "expectedServiceDate");
        stages = List.copyOf(stages);
    }

    public Optional<LocalDate> lastStageDate() {
        return stages.isEmpty() ? Optional.empty() : Optional.of(stages.getLast().on());
    }

    public Optional<LocalDate> dateOf(DisputeStage stage) {
        return stages.stream().filter(s -> s.stage() == stage).map(StageDate::on).reduce((a, b) -> b);
    }
}
