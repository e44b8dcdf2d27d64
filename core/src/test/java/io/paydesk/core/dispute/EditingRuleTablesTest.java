package io.paydesk.core.dispute;

import static io.paydesk.core.dispute.DisputeFixture.CLOCK;
import static io.paydesk.core.dispute.DisputeFixture.DEFAULT_RULES;
import static io.paydesk.core.dispute.DisputeFixture.SCHEMES;
import static org.assertj.core.api.Assertions.assertThat;

import io.paydesk.core.common.Outcome;
import io.paydesk.core.common.Refusal;
import io.paydesk.core.dispute.deadline.DeadlineRuleBook;
import io.paydesk.core.dispute.deadline.DeadlineRuleTable;
import io.paydesk.core.dispute.deadline.EditingDeadlineRules;
import io.paydesk.core.dispute.deadline.InMemoryDeadlineRuleBooks;
import io.paydesk.core.dispute.deadline.RuleBookChanges;
import io.paydesk.core.dispute.deadline.RuleBookDraft;
import io.paydesk.core.dispute.deadline.RuleBookVersion;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An administrator edits the whole rule table as text: preview (a dry run with a diff), then publish. */
class EditingRuleTablesTest {

    private static final String SHIPPED = DeadlineRuleTable.shippedText();

    private final InMemoryDeadlineRuleBooks books = new InMemoryDeadlineRuleBooks(DEFAULT_RULES, SHIPPED);
    private final EditingDeadlineRules editing = new EditingDeadlineRules(books, SCHEMES, CLOCK);

    private static String replaceLine(String text, String startingWith, String replacement) {
        List<String> lines = List.of(text.split("\n", -1));
        assertThat(lines).anyMatch(l -> l.startsWith(startingWith));
        return String.join("\n", lines.stream().map(l -> l.startsWith(startingWith) ? replacement : l).toList());
    }

    private static int lineOf(String text, String startingWith) {
        List<String> lines = List.of(text.split("\n", -1));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(startingWith)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line " + startingWith);
    }

    @Test
    void aPreviewNamesEveryBadLineWithItsColumnAndValueAndStoresNothing() {
        String text = replaceLine(SHIPPED, "visa-dispute-response;", "visa-dispute-response;visa;DISPUTE_RESPONSE;*;*;*;thirty;calendar;previous-stage;[84]");
        text = replaceLine(text, "mc-arbitration;", "mc-arbitration;mastercard;ARBITRATION;*;*;*;45;weekdays;previous-stage;[88]");
        text = replaceLine(text, "visa-arbitration;", "visa-pre-arbitration;visa;ARBITRATION;*;*;*;45;calendar;previous-stage;[88]");

        Outcome<RuleBookDraft> preview = editing.preview(text, "timur");

        assertThat(preview).isEqualTo(Outcome.refused(List.of(
                Refusal.of("line " + lineOf(text, "visa-dispute-response;") + ": days", "thirty",
                        DisputeMessageKeys.RULE_DAYS, "1", "1000"),
                Refusal.of("line " + lineOf(text, "mc-arbitration;") + ": count", "weekdays",
                        DisputeMessageKeys.RULE_COUNT),
                Refusal.of("line " + lineOf(text, "visa-pre-arbitration;visa;ARBITRATION") + ": rule",
                        "visa-pre-arbitration", DisputeMessageKeys.RULE_DUPLICATE_ID))));
        assertThat(books.history()).hasSize(1);
    }

    @Test
    void aPreviewShowsWhatWouldChangeRuleByRule() {
        String text = replaceLine(SHIPPED, "visa-dispute-response;", "visa-dispute-response;visa;DISPUTE_RESPONSE;*;*;*;20;calendar;previous-stage;[84][94] acquirers often set 20");
        text = text.replace("mc-second-presentment-ng;", "# removed: mc-second-presentment-ng;")
                + "visa-dispute-atm;visa;DISPUTE;category:12;*;atm;90;calendar;processing-date;bank policy 2026-11\n";

        RuleBookDraft draft = editing.preview(text, "timur").orElseThrow();

        RuleBookChanges changes = draft.changes();
        assertThat(changes.added()).extracting(r -> r.id()).containsExactly("visa-dispute-atm");
        assertThat(changes.removed()).extracting(r -> r.id()).containsExactly("mc-second-presentment-ng");
        assertThat(changes.changed()).singleElement().satisfies(c -> {
            assertThat(c.before().days()).isEqualTo(30);
            assertThat(c.after().days()).isEqualTo(20);
            assertThat(c.columns()).containsExactly("days", "source");
        });
        assertThat(draft.next().version()).isEqualTo(new RuleBookVersion("paydesk-defaults", 2));
        assertThat(books.history()).hasSize(1);
    }

    @Test
    void publishingStoresTheNextRevisionAsWrittenWithItsCommentsAndNewSettings() {
        String text = replaceLine(SHIPPED, "visa-dispute-response;", "visa-dispute-response;visa;DISPUTE_RESPONSE;*;*;*;20;calendar;previous-stage;[84][94]");

        DeadlineRuleBook published = editing.publish(text, "timur").orElseThrow();

        assertThat(published.version().revision()).isEqualTo(2);
        assertThat(published.createdBy()).isEqualTo("timur");
        assertThat(published.createdAt()).isEqualTo(CLOCK.instant());
        assertThat(published.rule("visa-dispute-response").orElseThrow().days()).isEqualTo(20);
        String stored = books.tableText(published.version()).orElseThrow();
        assertThat(stored).contains("# Acquirer/merchant response: 30 days", "revision=2", "createdBy=timur",
                "createdAt=" + CLOCK.instant()).doesNotContain("revision=1");
        assertThat(DeadlineRuleTable.parse(stored, SCHEMES)).isEqualTo(Outcome.accepted(published));
        assertThat(books.tableText(DEFAULT_RULES.version())).contains(SHIPPED);
    }

    @Test
    void publishingTheSameRulesAgainChangesNothing() {
        String reordered = SHIPPED.replace("mc-arbitration;", "# moved below\nmc-arbitration-moved-marker;")
                .replace("mc-arbitration-moved-marker;", "mc-arbitration;");

        Outcome<DeadlineRuleBook> again = editing.publish(reordered, "timur");

        assertThat(again).isEqualTo(Outcome.refused(Refusal.of("revision", "paydesk-defaults@r1",
                DisputeMessageKeys.RULE_UNCHANGED, "paydesk-defaults@r1")));
        assertThat(books.history()).hasSize(1);
    }

    @Test
    void aTableEditedFromAnOlderRevisionIsRefusedInsteadOfUndoingTheNewerOne() {
        String first = replaceLine(SHIPPED, "visa-arbitration;", "visa-arbitration;visa;ARBITRATION;*;*;*;40;calendar;previous-stage;[88]");
        String second = replaceLine(SHIPPED, "visa-pre-arbitration;", "visa-pre-arbitration;visa;PRE_ARBITRATION;*;*;*;25;calendar;previous-stage;[87]");
        editing.publish(first, "timur").orElseThrow();

        assertThat(editing.publish(second, "anna")).isEqualTo(Outcome.refused(Refusal.of("revision",
                "paydesk-defaults@r1", DisputeMessageKeys.RULE_STALE_REVISION, "paydesk-defaults@r2")));
        assertThat(books.current().rule("visa-arbitration").orElseThrow().days()).isEqualTo(40);
        assertThat(books.history()).hasSize(2);
    }

    @Test
    void restampingAddsMissingSettingsBeforeTheHeaderAndKeepsEverythingElse() {
        String text = "# my notes\n" + String.join(";", DeadlineRuleTable.COLUMNS) + "\n"
                + "visa-dispute-response;visa;DISPUTE_RESPONSE;*;*;*;20;calendar;previous-stage;[84][94]\n";
        DeadlineRuleBook book = DeadlineRuleBook.of(new RuleBookVersion("paydesk-defaults", 3), CLOCK.instant(), "timur",
                List.of(DEFAULT_RULES.rule("visa-dispute-response").orElseThrow().withDays(20))).orElseThrow();

        String stamped = DeadlineRuleTable.restamp(text, book);

        assertThat(stamped).startsWith("# my notes\nbook=paydesk-defaults\nrevision=3\n");
        assertThat(DeadlineRuleTable.parse(stamped, SCHEMES)).isEqualTo(Outcome.accepted(book));
    }
}
