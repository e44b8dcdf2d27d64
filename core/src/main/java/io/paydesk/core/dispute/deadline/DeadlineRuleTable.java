package io.paydesk.core.dispute.deadline;

import io.paydesk.core.common.Outcome;
import io.paydesk.core.common.Refusal;
import io.paydesk.core.dispute.DisputeMessageKeys;
import io.paydesk.core.dispute.scheme.CardScheme;
import io.paydesk.core.dispute.scheme.DisputeStage;
import io.paydesk.core.dispute.scheme.SchemeCatalogue;
import io.paydesk.core.dispute.scheme.SchemeId;
import io.paydesk.core.dispute.table.DelimitedTable;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads and writes a {@link DeadlineRuleBook} as the text table an administrator edits (the shipped
 * defaults are {@code io/paydesk/core/dispute/data/deadline-rules.csv}). Format ({@link DelimitedTable}):
 *
 * <pre>
 * book=paydesk-defaults
 * revision=1
 * createdAt=2026-11-24T00:00:00Z
 * createdBy=paydesk
 * rule;scheme;stage;reason;region;channel;days;count;from;source
 * mc-second-presentment-kz;mastercard;SECOND_PRESENTMENT;*;domestic:KZ;*;30;calendar;previous-stage;[88]
 * </pre>
 *
 * Columns: {@code rule} unique id; {@code scheme} a scheme id with a dispute flow; {@code stage} a stage of
 * that flow; {@code reason} {@code *}, {@code category:<id>} or a current code of the scheme; {@code region}
 * {@code *}, {@code domestic:<ISO country>} or {@code region:<SCHEME_REGION>}; {@code channel} {@code *},
 * {@code atm} or {@code not-atm}; {@code days} 1 to 1000; {@code count} {@code calendar} or
 * {@code business}; {@code from} a {@link DeadlineAnchor}; {@code source} where the number comes from.
 * Every bad cell is refused with its line and column.
 */
public final class DeadlineRuleTable {

    public static final List<String> COLUMNS = List.of("rule", "scheme", "stage", "reason", "region", "channel",
            "days", "count", "from", "source");
    public static final String SHIPPED = "/io/paydesk/core/dispute/data/deadline-rules.csv";

    private DeadlineRuleTable() {
    }

    /** The settings a table names its revision with, in the order {@link #write} writes them. */
    public static final List<String> SETTINGS = List.of("book", "revision", "createdAt", "createdBy");

    /** The rule book shipped with Paydesk; a broken shipped table is a programming error. */
    public static DeadlineRuleBook shipped(SchemeCatalogue catalogue) {
        return switch (parse(shippedText(), catalogue)) {
            case Outcome.Accepted<DeadlineRuleBook> ok -> ok.value();
            case Outcome.Refused<DeadlineRuleBook> refused ->
                    throw new IllegalStateException(SHIPPED + " is not a valid rule table: " + refused.refusals());
        };
    }

    /** The shipped table as written, comments citing the sources included. */
    public static String shippedText() {
        return DelimitedTable.readResource(DeadlineRuleTable.class, SHIPPED);
    }

    public static Outcome<DeadlineRuleBook> parse(String text, SchemeCatalogue catalogue) {
        Objects.requireNonNull(catalogue, "catalogue");
        return switch (DelimitedTable.parse(text, COLUMNS)) {
            case Outcome.Refused<DelimitedTable> refused -> Outcome.refused(refused.refusals());
            case Outcome.Accepted<DelimitedTable> table -> read(table.value(), catalogue);
        };
    }

    private static Outcome<DeadlineRuleBook> read(DelimitedTable table, SchemeCatalogue catalogue) {
        List<Refusal> refusals = new ArrayList<>();
        String book = table.settings().getOrDefault("book", "");
        if (!RuleBookVersion.isBookName(book)) {
            refusals.add(Refusal.of("book", book, DisputeMessageKeys.TABLE_SETTING));
        }
        int revision = 0;
        try {
            revision = Integer.parseInt(table.settings().getOrDefault("revision", ""));
        } catch (NumberFormatException e) {
            // refused below
        }
        if (revision < 1) {
            refusals.add(Refusal.of("revision", table.settings().getOrDefault("revision", ""), DisputeMessageKeys.TABLE_SETTING));
        }
        Instant createdAt = null;
        try {
            createdAt = Instant.parse(table.settings().getOrDefault("createdAt", ""));
        } catch (DateTimeParseException e) {
            refusals.add(Refusal.of("createdAt", table.settings().getOrDefault("createdAt", ""), DisputeMessageKeys.TABLE_SETTING));
        }
        String createdBy = table.settings().getOrDefault("createdBy", "");
        if (createdBy.isBlank()) {
            refusals.add(Refusal.of("createdBy", createdBy, DisputeMessageKeys.TABLE_SETTING));
        }
        List<DeadlineRule> rules = new ArrayList<>();
        List<DelimitedTable.Row> ruleRows = new ArrayList<>();
        for (DelimitedTable.Row row : table.rows()) {
            rule(row, catalogue, refusals).ifPresent(rule -> {
                rules.add(rule);
                ruleRows.add(row);
            });
        }
        refusals.addAll(DeadlineRuleBook.clashes(rules, i -> ruleRows.get(i).field("rule")));
        if (!refusals.isEmpty()) {
            return Outcome.refused(refusals);
        }
        return DeadlineRuleBook.of(new RuleBookVersion(book, revision), createdAt, createdBy, rules);
    }

    private static Optional<DeadlineRule> rule(DelimitedTable.Row row, SchemeCatalogue catalogue, List<Refusal> refusals) {
        int before = refusals.size();
        String id = row.get("rule");
        if (!DeadlineRule.isRuleId(id)) {
            refusals.add(Refusal.of(row.field("rule"), id, DisputeMessageKeys.RULE_ID));
        }
        Optional<CardScheme> scheme = SchemeId.isValid(row.get("scheme"))
                ? catalogue.scheme(new SchemeId(row.get("scheme"))).filter(CardScheme::hasDisputeRules)
                : Optional.empty();
        if (scheme.isEmpty()) {
            refusals.add(Refusal.of(row.field("scheme"), row.get("scheme"), DisputeMessageKeys.RULE_SCHEME));
            return Optional.empty();
        }
        Optional<DisputeStage> stage = stage(row.get("stage")).filter(scheme.get().flow()::has);
        if (stage.isEmpty()) {
            refusals.add(Refusal.of(row.field("stage"), row.get("stage"), DisputeMessageKeys.RULE_STAGE,
                    scheme.get().name()));
        }
        Optional<ReasonSelector> reason = ReasonSelector.parse(row.get("reason")).filter(r -> switch (r.kind()) {
            case ANY -> true;
            case CATEGORY -> catalogue.categories(scheme.get().id()).stream().anyMatch(c -> c.id().equals(r.value()));
            case CODE -> catalogue.reason(scheme.get().id(), r.value()).isPresent();
        });
        if (reason.isEmpty()) {
            refusals.add(Refusal.of(row.field("reason"), row.get("reason"), DisputeMessageKeys.RULE_REASON,
                    scheme.get().name()));
        }
        Optional<RegionSelector> region = RegionSelector.parse(row.get("region"));
        if (region.isEmpty()) {
            refusals.add(Refusal.of(row.field("region"), row.get("region"), DisputeMessageKeys.RULE_REGION));
        }
        Optional<ChannelSelector> channel = ChannelSelector.parse(row.get("channel"));
        if (channel.isEmpty()) {
            refusals.add(Refusal.of(row.field("channel"), row.get("channel"), DisputeMessageKeys.RULE_CHANNEL));
        }
        int days = 0;
        try {
            days = Integer.parseInt(row.get("days"));
        } catch (NumberFormatException e) {
            // refused below
        }
        if (days < 1 || days > DeadlineRule.MAX_DAYS) {
            refusals.add(Refusal.of(row.field("days"), row.get("days"), DisputeMessageKeys.RULE_DAYS, "1",
                    Integer.toString(DeadlineRule.MAX_DAYS)));
        }
        Optional<DayCount> count = DayCount.byId(row.get("count"));
        if (count.isEmpty()) {
            refusals.add(Refusal.of(row.field("count"), row.get("count"), DisputeMessageKeys.RULE_COUNT));
        }
        List<DisputeStage> flow = scheme.get().flow().stages();
        Optional<DeadlineAnchor> from = DeadlineAnchor.parse(row.get("from"))
                .filter(a -> stage.isEmpty() || !stage.get().isOpening() || DeadlineRule.countsFromTransaction(a))
                .filter(a -> a.stage()
                        .map(s -> stage.isPresent() && flow.indexOf(s) >= 0 && flow.indexOf(s) < flow.indexOf(stage.get()))
                        .orElse(true));
        if (from.isEmpty()) {
            refusals.add(Refusal.of(row.field("from"), row.get("from"), DisputeMessageKeys.RULE_FROM));
        }
        if (row.get("source").isBlank()) {
            refusals.add(Refusal.of(row.field("source"), "", DisputeMessageKeys.RULE_SOURCE));
        }
        if (refusals.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new DeadlineRule(id, scheme.get().id(), stage.get(), reason.get(), region.get(),
                channel.get(), days, count.get(), from.get(), row.get("source")));
    }

    private static Optional<DisputeStage> stage(String text) {
        try {
            return Optional.of(DisputeStage.valueOf(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * {@code text} (a table that reads to {@code book}'s rules) with its settings lines set to {@code book}'s
     * name, revision, time and author; every other line, comments included, is kept as written. Settings
     * missing from the text are added before the header.
     */
    public static String restamp(String text, DeadlineRuleBook book) {
        Objects.requireNonNull(text, "text");
        Map<String, String> values = new LinkedHashMap<>();
        values.put("book", book.version().book());
        values.put("revision", Integer.toString(book.version().revision()));
        values.put("createdAt", book.createdAt().toString());
        values.put("createdBy", book.createdBy());
        StringBuilder out = new StringBuilder();
        boolean header = false;
        for (String line : text.split("\\R", -1)) {
            String stripped = line.strip();
            if (!header && !stripped.isEmpty() && !stripped.startsWith("#")) {
                int eq = stripped.indexOf('=');
                if (stripped.indexOf(DelimitedTable.SEPARATOR) >= 0) {
                    header = true;
                    values.forEach((name, value) -> out.append(name).append('=').append(value).append('\n'));
                    values.clear();
                } else if (eq > 0 && values.containsKey(stripped.substring(0, eq).strip())) {
                    String name = stripped.substring(0, eq).strip();
                    out.append(name).append('=').append(values.remove(name)).append('\n');
                    continue;
                }
            }
            out.append(line).append('\n');
        }
        // split(-1) gives a last empty piece for text ending in a line break: do not add a blank line for it.
        if (text.endsWith("\n") || text.endsWith("\r")) {
            out.setLength(out.length() - 1);
        }
        return out.toString();
    }

    /** The table text of a book; {@link #parse} reads it back to an equal book. */
    public static String write(DeadlineRuleBook book) {
        StringBuilder out = new StringBuilder();
        out.append("# Paydesk dispute deadline rules. Format: io.paydesk.core.dispute.deadline.DeadlineRuleTable\n");
        out.append("book=").append(book.version().book()).append('\n');
        out.append("revision=").append(book.version().revision()).append('\n');
        out.append("createdAt=").append(book.createdAt()).append('\n');
        out.append("createdBy=").append(book.createdBy()).append('\n');
        out.append(String.join(";", COLUMNS)).append('\n');
        for (DeadlineRule r : book.rules()) {
            out.append(String.join(";", r.id(), r.scheme().value(), r.stage().name(), r.reason().toString(),
                    r.region().toString(), r.channel().toString(), Integer.toString(r.days()), r.count().id(),
                    r.from().toString(), r.source())).append('\n');
        }
        return out.toString();
    }
}
