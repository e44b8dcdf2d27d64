package io.paydesk.app.dispute;

import io.paydesk.core.dispute.desk.NewDispute;
import java.util.Objects;
import java.util.Optional;

/**
 * A new dispute checked from the partner's fields exactly as typed (the full card number, so its check digit is
 * verified), before the create transition masks them: the filed dispute when every field is right, otherwise why
 * not, in the viewer's language. The create transition hands it from the mask function to {@code FILE}, which opens
 * it once the request exists. It holds the masked card number only.
 */
public record CheckedDispute(Optional<NewDispute> dispute, WorkflowCheck check) {

    public CheckedDispute {
        Objects.requireNonNull(dispute, "dispute");
        Objects.requireNonNull(check, "check");
        if (dispute.isPresent() != check.isPassed()) {
            throw new IllegalArgumentException("a checked dispute is either filed or refused: " + check);
        }
    }

    static CheckedDispute filed(NewDispute dispute) {
        return new CheckedDispute(Optional.of(dispute), WorkflowCheck.passed());
    }

    static CheckedDispute refused(WorkflowCheck check) {
        return new CheckedDispute(Optional.empty(), check);
    }
}
