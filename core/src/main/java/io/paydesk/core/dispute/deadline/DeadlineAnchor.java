package io.paydesk.core.dispute.deadline;

import io.paydesk.core.dispute.scheme.DisputeStage;
import java.util.Objects;
import java.util.Optional;

/**
 * The date a time limit counts from. Table form: {@code transaction-date}, {@code processing-date} (the
 * settlement date), {@code expected-service-date} (when the cardholder expected the goods or services; the
 * processing date when none was given), {@code previous-stage} (the date the dispute entered the stage just
 * before), or {@code stage:SECOND_PRESENTMENT} (the date it entered that stage).
 */
public record DeadlineAnchor(Kind kind, Optional<DisputeStage> stage) {

    public enum Kind {
        TRANSACTION_DATE("transaction-date", "transactionDate"),
        PROCESSING_DATE("processing-date", "processingDate"),
        EXPECTED_SERVICE_DATE("expected-service-date", "expectedServiceDate"),
        PREVIOUS_STAGE("previous-stage", "previousStage"),
        STAGE("stage", "stage");

        private final String id;
        private final String keySuffix;

        Kind(String id, String keySuffix) {
            this.id = id;
            this.keySuffix = keySuffix;
        }
    }

    public static final DeadlineAnchor TRANSACTION_DATE = new DeadlineAnchor(Kind.TRANSACTION_DATE, Optional.empty());
    public static final DeadlineAnchor PROCESSING_DATE = new DeadlineAnchor(Kind.PROCESSING_DATE, Optional.empty());
    public static final DeadlineAnchor EXPECTED_SERVICE_DATE =
            new DeadlineAnchor(Kind.EXPECTED_SERVICE_DATE, Optional.empty());
    public static final DeadlineAnchor PREVIOUS_STAGE = new DeadlineAnchor(Kind.PREVIOUS_STAGE, Optional.empty());

    public DeadlineAnchor {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(stage, "stage");
        if ((kind == Kind.STAGE) != stage.isPresent()) {
            throw new IllegalArgumentException("only a stage anchor names a stage");
        }
    }

    public static DeadlineAnchor stage(DisputeStage stage) {
        return new DeadlineAnchor(Kind.STAGE, Optional.of(stage));
    }

    public static Optional<DeadlineAnchor> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        if (text.startsWith("stage:")) {
            try {
                return Optional.of(stage(DisputeStage.valueOf(text.substring("stage:".length()))));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        for (Kind kind : Kind.values()) {
            if (kind != Kind.STAGE && kind.id.equals(text)) {
                return Optional.of(new DeadlineAnchor(kind, Optional.empty()));
            }
        }
        return Optional.empty();
    }

    /** {@code paydesk.dispute.anchor.processingDate}; a stage anchor takes the stage name as argument. */
    public String nameKey() {
        return "paydesk.dispute.anchor." + kind.keySuffix;
    }

    @Override
    public String toString() {
        return kind == Kind.STAGE ? "stage:" + stage.orElseThrow().name() : kind.id;
    }
}
