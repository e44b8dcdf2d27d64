package io.paydesk.app.dispute.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.paydesk.core.common.Outcome;
import io.paydesk.core.common.Refusal;
import io.paydesk.core.dispute.DisputeMessageKeys;
import io.paydesk.core.dispute.deadline.DeadlineRuleBook;
import io.paydesk.core.dispute.deadline.DeadlineRuleBooks;
import io.paydesk.core.dispute.deadline.DeadlineRuleTable;
import io.paydesk.core.dispute.deadline.RuleBookVersion;
import io.paydesk.core.dispute.scheme.SchemeCatalogue;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * Deadline rule-book revisions kept in Active Objects, append-only: each published revision is one row with
 * its whole table text. While nothing is stored, the shipped defaults are revision 1; the first publish
 * stores them too, so the revision every early deadline names stays readable even if a later app version
 * ships other defaults. Every node reads the latest revision from the database; parsed revisions are kept
 * per instance by version (a revision never changes, so that cannot go stale). Entities never leave this class.
 */
@Named
public class AoDeadlineRuleBooks implements DeadlineRuleBooks {

    private static final int MAX_PUBLISHED_BY = 255;

    private final ActiveObjects ao;
    private final SchemeCatalogue catalogue;
    private final DeadlineRuleBook shipped;
    private final String shippedText;
    private final Map<RuleBookVersion, DeadlineRuleBook> parsed = new ConcurrentHashMap<>();

    @Inject
    public AoDeadlineRuleBooks(@ComponentImport ActiveObjects ao) {
        this(ao, SchemeCatalogue.shipped());
    }

    public AoDeadlineRuleBooks(ActiveObjects ao, SchemeCatalogue catalogue) {
        this.ao = ao;
        this.catalogue = catalogue;
        this.shippedText = DeadlineRuleTable.shippedText();
        this.shipped = DeadlineRuleTable.shipped(catalogue);
    }

    @Override
    public DeadlineRuleBook current() {
        return ao.executeInTransaction(() -> latest().map(this::book).orElse(shipped));
    }

    @Override
    public Optional<DeadlineRuleBook> version(RuleBookVersion version) {
        return ao.executeInTransaction(() -> row(version).map(this::book)
                .or(() -> version.equals(shipped.version()) ? Optional.of(shipped) : Optional.empty()));
    }

    @Override
    public List<DeadlineRuleBook> history() {
        return ao.executeInTransaction(() -> {
            RuleRevisionEntity[] rows = ao.find(RuleRevisionEntity.class,
                    Query.select().order("REVISION_NUMBER ASC"));
            return rows.length == 0 ? List.of(shipped) : Arrays.stream(rows).map(this::book).toList();
        });
    }

    @Override
    public Optional<String> tableText(RuleBookVersion version) {
        return ao.executeInTransaction(() -> row(version).map(RuleRevisionEntity::getTableText)
                .or(() -> version.equals(shipped.version()) ? Optional.of(shippedText) : Optional.empty()));
    }

    @Override
    public Outcome<DeadlineRuleBook> publish(DeadlineRuleBook next, String tableText) {
        Objects.requireNonNull(next, "next");
        if (!DeadlineRuleTable.parse(tableText, catalogue).equals(Outcome.accepted(next))) {
            throw new IllegalArgumentException("the table text does not read back to " + next);
        }
        try {
            return ao.executeInTransaction(() -> {
                Optional<RuleRevisionEntity> latest = latest();
                RuleBookVersion expected = latest.map(this::book).orElse(shipped).version().next();
                if (!next.version().equals(expected)) {
                    return stale(next, expected);
                }
                if (latest.isEmpty()) {
                    insert(shipped, shippedText);
                }
                insert(next, tableText);
                return Outcome.accepted(next);
            });
        } catch (RuntimeException insertFailed) {
            // Another node published this revision between our read and our insert: its row won the unique key.
            if (version(next.version()).isPresent()) {
                return stale(next, current().version().next());
            }
            throw insertFailed;
        }
    }

    private static Outcome<DeadlineRuleBook> stale(DeadlineRuleBook next, RuleBookVersion expected) {
        return Outcome.refused(Refusal.of("revision", next.version().toString(), DisputeMessageKeys.RULE_STALE_REVISION,
                expected.toString()));
    }

    private void insert(DeadlineRuleBook book, String text) {
        String by = book.createdBy();
        ao.create(RuleRevisionEntity.class,
                new DBParam("REVISION_KEY", book.version().toString()),
                new DBParam("BOOK", book.version().book()),
                new DBParam("REVISION_NUMBER", book.version().revision()),
                new DBParam("PUBLISHED_AT", book.createdAt().toEpochMilli()),
                new DBParam("PUBLISHED_BY", by.length() > MAX_PUBLISHED_BY ? by.substring(0, MAX_PUBLISHED_BY) : by),
                new DBParam("TABLE_TEXT", text));
        parsed.put(book.version(), book);
    }

    private Optional<RuleRevisionEntity> latest() {
        RuleRevisionEntity[] rows = ao.find(RuleRevisionEntity.class,
                Query.select().order("REVISION_NUMBER DESC").limit(1));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    private Optional<RuleRevisionEntity> row(RuleBookVersion version) {
        RuleRevisionEntity[] rows = ao.find(RuleRevisionEntity.class,
                Query.select().where("REVISION_KEY = ?", version.toString()));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    /** The revision a row holds; a stored table that no longer reads (e.g. a scheme removed) is a bug to fix. */
    private DeadlineRuleBook book(RuleRevisionEntity row) {
        RuleBookVersion version = RuleBookVersion.parse(row.getRevisionKey())
                .orElseThrow(() -> new IllegalStateException("bad revision key " + row.getRevisionKey()));
        return parsed.computeIfAbsent(version, v -> switch (DeadlineRuleTable.parse(row.getTableText(), catalogue)) {
            case Outcome.Accepted<DeadlineRuleBook> ok -> ok.value();
            case Outcome.Refused<DeadlineRuleBook> refused -> throw new IllegalStateException(
                    "stored deadline rules " + v + " no longer read: " + refused.refusals());
        });
    }
}
