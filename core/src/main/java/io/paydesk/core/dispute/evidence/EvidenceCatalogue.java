package io.paydesk.core.dispute.evidence;

import io.paydesk.core.common.Outcome;
import io.paydesk.core.common.Refusal;
import io.paydesk.core.dispute.DisputeMessageKeys;
import io.paydesk.core.dispute.scheme.ReasonCode;
import io.paydesk.core.dispute.scheme.SchemeCatalogue;
import io.paydesk.core.dispute.scheme.SchemeId;
import io.paydesk.core.dispute.table.DelimitedTable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The evidence items and the checklist of every current reason code, read from
 * {@code io/paydesk/core/dispute/data/evidence-items.csv} and {@code evidence.csv}.
 */
public final class EvidenceCatalogue {

    static final List<String> ITEM_COLUMNS = List.of("item", "stripe", "source");
    static final List<String> CHECKLIST_COLUMNS = List.of("scheme", "reason", "required", "optional", "source");
    private static final String DATA = "/io/paydesk/core/dispute/data/";

    private final Map<String, EvidenceItem> items;
    private final Map<ReasonCode, EvidenceChecklist> checklists;

    private EvidenceCatalogue(Map<String, EvidenceItem> items, Map<ReasonCode, EvidenceChecklist> checklists) {
        this.items = items;
        this.checklists = checklists;
    }

    /** The shipped checklists; every current reason code of {@code schemes} must have one. */
    public static EvidenceCatalogue shipped(SchemeCatalogue schemes) {
        DelimitedTable itemTable = DelimitedTable.resource(EvidenceCatalogue.class, DATA + "evidence-items.csv", ITEM_COLUMNS);
        DelimitedTable checklistTable = DelimitedTable.resource(EvidenceCatalogue.class, DATA + "evidence.csv", CHECKLIST_COLUMNS);
        List<String> problems = new ArrayList<>();
        Map<String, EvidenceItem> items = new LinkedHashMap<>();
        for (DelimitedTable.Row row : itemTable.rows()) {
            if (!EvidenceItem.isValid(row.get("item")) || items.put(row.get("item"), new EvidenceItem(row.get("item"))) != null) {
                problems.add("evidence-items.csv line " + row.line() + ": bad or duplicate item");
            }
        }
        Map<ReasonCode, EvidenceChecklist> checklists = new LinkedHashMap<>();
        for (DelimitedTable.Row row : checklistTable.rows()) {
            Optional<ReasonCode> reason = SchemeId.isValid(row.get("scheme"))
                    ? schemes.reason(new SchemeId(row.get("scheme")), row.get("reason")) : Optional.empty();
            if (reason.isEmpty()) {
                problems.add("evidence.csv line " + row.line() + ": not a current reason code");
                continue;
            }
            List<EvidenceItem> required = list(row.get("required"), items, problems, row.line());
            List<EvidenceItem> optional = list(row.get("optional"), items, problems, row.line());
            try {
                if (checklists.put(reason.get(), new EvidenceChecklist(reason.get(), required, optional)) != null) {
                    problems.add("evidence.csv line " + row.line() + ": second checklist for " + reason.get());
                }
            } catch (IllegalArgumentException e) {
                problems.add("evidence.csv line " + row.line() + ": " + e.getMessage());
            }
        }
        for (ReasonCode reason : schemes.allReasons()) {
            if (!checklists.containsKey(reason)) {
                problems.add("evidence.csv has no checklist for " + reason);
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException(String.join("; ", problems));
        }
        return new EvidenceCatalogue(java.util.Collections.unmodifiableMap(items),
                java.util.Collections.unmodifiableMap(checklists));
    }

    private static List<EvidenceItem> list(String cell, Map<String, EvidenceItem> items, List<String> problems, int line) {
        if (cell.equals("-")) {
            return List.of();
        }
        List<EvidenceItem> out = new ArrayList<>();
        for (String id : cell.split(",")) {
            EvidenceItem item = items.get(id.strip());
            if (item == null) {
                problems.add("evidence.csv line " + line + ": unknown item " + id);
            } else {
                out.add(item);
            }
        }
        return out;
    }

    public Collection<EvidenceItem> items() {
        return items.values();
    }

    /** The checklist of a current reason code (every current code has one). */
    public EvidenceChecklist checklist(ReasonCode reason) {
        EvidenceChecklist checklist = checklists.get(reason);
        if (checklist == null) {
            throw new IllegalArgumentException("no evidence checklist for " + reason);
        }
        return checklist;
    }

    /** Checks evidence ids sent by a form; every unknown id is refused by name. */
    public Outcome<Set<EvidenceItem>> items(String field, Collection<String> typedIds) {
        Set<EvidenceItem> found = new LinkedHashSet<>();
        List<Refusal> refusals = new ArrayList<>();
        for (String id : typedIds) {
            EvidenceItem item = id == null ? null : items.get(id.strip());
            if (item == null) {
                refusals.add(Refusal.of(field, id, DisputeMessageKeys.EVIDENCE_UNKNOWN));
            } else {
                found.add(item);
            }
        }
        return refusals.isEmpty() ? Outcome.accepted(Set.copyOf(found)) : Outcome.refused(refusals);
    }
}
