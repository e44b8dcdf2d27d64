package io.paydesk.app.dispute;

/** One item of the reason code's evidence checklist and whether the issuer holds it. */
public record DisputeEvidenceRow(String id, String label, boolean required, boolean held) {
}
