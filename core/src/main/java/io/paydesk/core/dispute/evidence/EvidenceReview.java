package io.paydesk.core.dispute.evidence;

import java.util.List;

/**
 * A checklist compared with what the agent has: the required items present, the required items still
 * missing, and the optional items not provided yet (worth asking for, never blocking).
 */
public record EvidenceReview(List<EvidenceItem> present, List<EvidenceItem> missing, List<EvidenceItem> optionalMissing) {

    public EvidenceReview {
        present = List.copyOf(present);
        missing = List.copyOf(missing);
        optionalMissing = List.copyOf(optionalMissing);
    }

    /** Every required item is there. */
    public boolean complete() {
        return missing.isEmpty();
    }
}
