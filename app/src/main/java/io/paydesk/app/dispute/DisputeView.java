package io.paydesk.app.dispute;

import java.util.List;

/**
 * What the dispute panel shows, already formatted and translated for the viewer. Templates call only these
 * accessors (each is in the descriptor's velocity-allowlist).
 *
 * @param deadlineState {@code ok}, {@code soon} (7 days or fewer), {@code today} or {@code passed}
 */
public record DisputeView(
        boolean exists,
        String scheme,
        String reasonCode,
        String reasonDescription,
        String category,
        String card,
        String amount,
        String merchant,
        String transactionDate,
        String arn,
        String rrn,
        boolean open,
        String stage,
        String outcome,
        String waitingFor,
        boolean hasDeadline,
        String deadlineStage,
        String deadlineDue,
        long daysLeft,
        String daysLeftText,
        String deadlineState,
        String deadlineBasis,
        String firstToBite,
        List<DisputeStageRow> timeline,
        List<DisputeEvidenceRow> evidence,
        int evidenceMissing,
        String provisionalCredit,
        String recovered,
        String writtenOff,
        String outstanding,
        List<DisputeActionChoice> actions,
        List<String> errors) {

    public DisputeView {
        timeline = List.copyOf(timeline);
        evidence = List.copyOf(evidence);
        actions = List.copyOf(actions);
        errors = List.copyOf(errors);
    }

    /** The panel of a request without a dispute. */
    public static DisputeView none() {
        return new DisputeView(false, "", "", "", "", "", "", "", "", "", "", false, "", "", "", false, "", "",
                0, "", "", "", "", List.of(), List.of(), 0, "", "", "", "", List.of(), List.of());
    }

    /** True when the viewer may record a step here (the sandbox's agent view; Jira uses its workflow). */
    public boolean editable() {
        return !actions.isEmpty();
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }
}
