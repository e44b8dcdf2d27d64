package io.paydesk.core.dispute.scheme;

import io.paydesk.core.common.Outcome;
import io.paydesk.core.common.Refusal;
import io.paydesk.core.dispute.DisputeMessageKeys;
import io.paydesk.core.dispute.table.DelimitedTable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The card schemes, their reason-code categories, their current reason codes and the retired codes that
 * map to them. Immutable; {@link #shipped()} reads the tables in
 * {@code io/paydesk/core/dispute/data/} ({@code schemes.csv}, {@code reason-categories.csv},
 * {@code reason-codes.csv}).
 */
public final class SchemeCatalogue {

    static final List<String> SCHEME_COLUMNS = List.of("id", "name", "flow", "source");
    static final List<String> CATEGORY_COLUMNS = List.of("scheme", "category", "workflow", "source");
    static final List<String> CODE_COLUMNS = List.of("scheme", "code", "category", "status", "replacedBy",
            "preArbitration", "source");
    private static final String DATA = "/io/paydesk/core/dispute/data/";

    private final Map<SchemeId, CardScheme> schemes;
    private final Map<SchemeId, Map<String, ReasonCategory>> categories;
    private final Map<SchemeId, Map<String, ReasonCode>> codes;
    private final Map<SchemeId, Map<String, RetiredReasonCode>> retired;

    private SchemeCatalogue(Map<SchemeId, CardScheme> schemes, Map<SchemeId, Map<String, ReasonCategory>> categories,
            Map<SchemeId, Map<String, ReasonCode>> codes, Map<SchemeId, Map<String, RetiredReasonCode>> retired) {
        this.schemes = schemes;
        this.categories = categories;
        this.codes = codes;
        this.retired = retired;
    }

    /** The catalogue shipped with Paydesk. Call once and keep the instance; it reads three small files. */
    public static SchemeCatalogue shipped() {
        return of(DelimitedTable.resource(SchemeCatalogue.class, DATA + "schemes.csv", SCHEME_COLUMNS),
                DelimitedTable.resource(SchemeCatalogue.class, DATA + "reason-categories.csv", CATEGORY_COLUMNS),
                DelimitedTable.resource(SchemeCatalogue.class, DATA + "reason-codes.csv", CODE_COLUMNS));
    }

    /** Builds a catalogue from parsed tables; an inconsistent table is a programming error. */
    static SchemeCatalogue of(DelimitedTable schemeTable, DelimitedTable categoryTable, DelimitedTable codeTable) {
        List<String> problems = new ArrayList<>();
        Map<SchemeId, CardScheme> schemes = new LinkedHashMap<>();
        for (DelimitedTable.Row row : schemeTable.rows()) {
            SchemeId id = new SchemeId(row.get("id"));
            DisputeFlow flow = DisputeFlow.byId(row.get("flow"))
                    .orElseThrow(() -> new IllegalStateException("schemes.csv line " + row.line() + ": unknown flow"));
            if (schemes.put(id, new CardScheme(id, row.get("name"), flow)) != null) {
                problems.add("schemes.csv line " + row.line() + ": duplicate scheme " + id);
            }
        }
        Map<SchemeId, Map<String, ReasonCategory>> categories = new LinkedHashMap<>();
        for (DelimitedTable.Row row : categoryTable.rows()) {
            SchemeId scheme = new SchemeId(row.get("scheme"));
            Optional<Workflow> workflow = Workflow.byId(row.get("workflow"));
            if (!schemes.containsKey(scheme) || workflow.isEmpty()) {
                problems.add("reason-categories.csv line " + row.line() + ": unknown scheme or workflow");
                continue;
            }
            ReasonCategory category = new ReasonCategory(scheme, row.get("category"), workflow.get());
            if (categories.computeIfAbsent(scheme, s -> new LinkedHashMap<>()).put(category.id(), category) != null) {
                problems.add("reason-categories.csv line " + row.line() + ": duplicate category");
            }
        }
        Map<SchemeId, Map<String, ReasonCode>> codes = new LinkedHashMap<>();
        List<DelimitedTable.Row> retiredRows = new ArrayList<>();
        for (DelimitedTable.Row row : codeTable.rows()) {
            SchemeId scheme = new SchemeId(row.get("scheme"));
            ReasonCategory category = categories.getOrDefault(scheme, Map.of()).get(row.get("category"));
            if (category == null) {
                problems.add("reason-codes.csv line " + row.line() + ": unknown scheme or category");
                continue;
            }
            switch (row.get("status")) {
                case "current" -> {
                    String pre = row.get("preArbitration");
                    if (!pre.equals("required") && !pre.equals("optional")) {
                        problems.add("reason-codes.csv line " + row.line() + ": preArbitration is required|optional");
                        continue;
                    }
                    ReasonCode code = new ReasonCode(scheme, row.get("code"), category, pre.equals("required"));
                    if (codes.computeIfAbsent(scheme, s -> new LinkedHashMap<>()).put(code.code(), code) != null) {
                        problems.add("reason-codes.csv line " + row.line() + ": duplicate code " + code);
                    }
                }
                case "retired" -> retiredRows.add(row);
                default -> problems.add("reason-codes.csv line " + row.line() + ": status is current|retired");
            }
        }
        Map<SchemeId, Map<String, RetiredReasonCode>> retired = new LinkedHashMap<>();
        for (DelimitedTable.Row row : retiredRows) {
            SchemeId scheme = new SchemeId(row.get("scheme"));
            ReasonCode replacement = codes.getOrDefault(scheme, Map.of()).get(row.get("replacedBy"));
            if (replacement == null || codes.get(scheme).containsKey(row.get("code"))) {
                problems.add("reason-codes.csv line " + row.line() + ": a retired code needs a current replacement");
                continue;
            }
            retired.computeIfAbsent(scheme, s -> new LinkedHashMap<>())
                    .put(row.get("code"), new RetiredReasonCode(scheme, row.get("code"), replacement));
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException(String.join("; ", problems));
        }
        return new SchemeCatalogue(Map.copyOf(schemes), deepCopy(categories), deepCopy(codes), deepCopy(retired));
    }

    private static <V> Map<SchemeId, Map<String, V>> deepCopy(Map<SchemeId, Map<String, V>> source) {
        Map<SchemeId, Map<String, V>> copy = new LinkedHashMap<>();
        source.forEach((k, v) -> copy.put(k, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(v))));
        return java.util.Collections.unmodifiableMap(copy);
    }

    public Collection<CardScheme> schemes() {
        return schemes.values().stream().sorted(java.util.Comparator.comparing(s -> s.id().value())).toList();
    }

    public Optional<CardScheme> scheme(SchemeId id) {
        return Optional.ofNullable(schemes.get(id));
    }

    /** Checks a typed scheme id. */
    public Outcome<CardScheme> scheme(String field, String typed) {
        String id = typed == null ? "" : typed.trim().toLowerCase(java.util.Locale.ROOT);
        CardScheme scheme = SchemeId.isValid(id) ? schemes.get(new SchemeId(id)) : null;
        if (scheme == null) {
            return Outcome.refused(Refusal.of(field, typed, DisputeMessageKeys.SCHEME_UNKNOWN));
        }
        return Outcome.accepted(scheme);
    }

    public List<ReasonCategory> categories(SchemeId scheme) {
        return List.copyOf(categories.getOrDefault(scheme, Map.of()).values());
    }

    /** The current reason codes of a scheme, in table order. */
    public List<ReasonCode> reasons(SchemeId scheme) {
        return List.copyOf(codes.getOrDefault(scheme, Map.of()).values());
    }

    /** Every current reason code of every scheme. */
    public List<ReasonCode> allReasons() {
        return codes.values().stream().flatMap(m -> m.values().stream()).toList();
    }

    public List<RetiredReasonCode> retiredReasons(SchemeId scheme) {
        return List.copyOf(retired.getOrDefault(scheme, Map.of()).values());
    }

    public List<RetiredReasonCode> allRetiredReasons() {
        return retired.values().stream().flatMap(m -> m.values().stream()).toList();
    }

    public Optional<ReasonCode> reason(SchemeId scheme, String code) {
        return Optional.ofNullable(codes.getOrDefault(scheme, Map.of()).get(code));
    }

    public Optional<RetiredReasonCode> retiredReason(SchemeId scheme, String code) {
        return Optional.ofNullable(retired.getOrDefault(scheme, Map.of()).get(code));
    }

    /**
     * Checks a typed reason code against the scheme. A code of another scheme, or no code at all, is
     * unknown (argument: the scheme's name); a retired code is refused with the code to use instead
     * (arguments: the typed code, the replacement).
     */
    public Outcome<ReasonCode> reason(String field, CardScheme scheme, String typed) {
        Objects.requireNonNull(scheme, "scheme");
        String code = typed == null ? "" : typed.trim();
        Optional<ReasonCode> current = reason(scheme.id(), code);
        if (current.isPresent()) {
            return Outcome.accepted(current.get());
        }
        Optional<RetiredReasonCode> old = retiredReason(scheme.id(), code);
        if (old.isPresent()) {
            return Outcome.refused(Refusal.of(field, typed, DisputeMessageKeys.REASON_RETIRED, code,
                    old.get().replacedBy().code()));
        }
        return Outcome.refused(Refusal.of(field, typed, DisputeMessageKeys.REASON_UNKNOWN, scheme.name()));
    }
}
