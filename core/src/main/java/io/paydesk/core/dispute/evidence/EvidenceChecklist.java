package io.paydesk.core.dispute.evidence;

import io.paydesk.core.dispute.scheme.ReasonCode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The evidence a reason code needs: required items, and optional items that strengthen the case. */
public record EvidenceChecklist(ReasonCode reason, List<EvidenceItem> required, List<EvidenceItem> optional) {

    public EvidenceChecklist {
        Objects.requireNonNull(reason, "reason");
        required = List.copyOf(required);
        optional = List.copyOf(optional);
        if (required.isEmpty()) {
            throw new IllegalArgumentException(reason + " needs at least one required evidence item");
        }
        if (required.stream().anyMatch(optional::contains) || Set.copyOf(required).size() != required.size()
                || Set.copyOf(optional).size() != optional.size()) {
            throw new IllegalArgumentException(reason + ": an evidence item is listed twice");
        }
    }

    /** What is still missing given the evidence provided; items that are not on the list are ignored. */
    public EvidenceReview review(Collection<EvidenceItem> provided) {
        Set<EvidenceItem> have = Set.copyOf(provided);
        List<EvidenceItem> present = new ArrayList<>();
        List<EvidenceItem> missing = new ArrayList<>();
        for (EvidenceItem item : required) {
            (have.contains(item) ? present : missing).add(item);
        }
        List<EvidenceItem> optionalMissing = optional.stream().filter(i -> !have.contains(i)).toList();
        return new EvidenceReview(present, missing, optionalMissing);
    }
}
