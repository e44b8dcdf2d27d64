package io.paydesk.app.dispute.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.paydesk.app.dispute.BundleTexts;
import io.paydesk.app.dispute.Disputes;
import io.paydesk.app.dispute.InMemoryRecords;
import io.paydesk.app.platform.Texts;
import io.paydesk.core.common.Outcome;
import io.paydesk.core.dispute.TypedDispute;
import io.paydesk.core.dispute.deadline.DeadlineRuleBook;
import io.paydesk.core.dispute.deadline.Geography;
import io.paydesk.core.dispute.deadline.StageDeadline;
import io.paydesk.core.dispute.lifecycle.OpenDispute;
import io.paydesk.core.dispute.scheme.SchemeCatalogue;
import io.paydesk.core.dispute.transaction.Arn;
import io.paydesk.core.dispute.transaction.TypedTransaction;
import io.paydesk.core.partner.PartnerBank;
import io.paydesk.core.partner.PartnerId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The deadline-rules page: the current rules in words, preview with line errors or a diff, publish, history. */
class DeadlineRulesAdminTest {

    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
    private static final PartnerBank WISLANY = new PartnerBank(new PartnerId("3"), "Bank Wiślany", "PL", WARSAW,
            Locale.of("pl"));
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), WARSAW);
    private static final String ARN = "7412345621000000012345" + Arn.checkDigitFor("7412345621000000012345");
    private static final Texts EN = BundleTexts.in(Locale.ENGLISH);

    private final InMemoryRecords records = new InMemoryRecords();
    private final Disputes disputes = new Disputes(SchemeCatalogue.shipped(), records, NOW);
    private final DeadlineRulesAdmin admin = new DeadlineRulesAdmin(disputes);

    private String shippedWithVisaResponseDays(int days) {
        return admin.currentTable().replaceAll("(?m)^(visa-dispute-response;visa;DISPUTE_RESPONSE;\\*;\\*;\\*;)\\d+;",
                "$1" + days + ";");
    }

    private StageDeadline raiseOn(String day, long issueId) {
        Clock clock = Clock.fixed(Instant.parse(day + "T09:00:00Z"), WARSAW);
        disputes.deskAt(clock).raise(issueId, new TypedDispute("visa", "13.1", "349.90", "PLN", "",
                new TypedTransaction("624512345678", ARN, "", "2026-10-20", "2026-10-21", "Media Expert", "5732", false)),
                "4111 1111 1111 1111", Geography.issuerIn("PL"), WISLANY).orElseThrow();
        return ((OpenDispute) records.find(issueId).orElseThrow().dispute()).deadline().orElseThrow();
    }

    @Test
    void thePageShowsTheCurrentRulesInWordsAndTheShippedRevision() {
        DeadlineRulesView page = admin.page(null, Locale.ENGLISH, EN);

        assertThat(page.version()).isEqualTo("paydesk-defaults@r1");
        assertThat(page.history()).singleElement().satisfies(r -> {
            assertThat(r.publishedBy()).isEqualTo("paydesk");
            assertThat(r.current()).isTrue();
        });
        assertThat(page.rules()).filteredOn(r -> r.id().equals("visa-dispute-consumer")).singleElement()
                .isEqualTo(new DeadlineRuleRow("visa-dispute-consumer", "Visa", "Dispute", "Consumer disputes (category 13)",
                        "Everywhere", "All", 120, "calendar days", "from the date the goods or services were expected",
                        "[84] (120* from expected delivery or service date)"));
        assertThat(page.rules()).filteredOn(r -> r.id().equals("mc-second-presentment-kz")).singleElement()
                .satisfies(r -> assertThat(r.region()).isEqualTo("Domestic in Kazakhstan (KZ)"));
        assertThat(page.rules()).filteredOn(r -> r.id().equals("mc-arbitration-europe-atm")).singleElement()
                .satisfies(r -> {
                    assertThat(r.channel()).isEqualTo("ATM only");
                    assertThat(r.from()).isEqualTo("from the stage “Second presentment”");
                });
        assertThat(page.text()).contains("# ---- Visa Claims Resolution");
        assertThat(page.hasNotice()).isFalse();
    }

    @Test
    void aPreviewNamesEachBadLineWithColumnValueAndWhyAndPublishesNothing() {
        String text = shippedWithVisaResponseDays(0).replace("mc-arbitration;mastercard;ARBITRATION;*;*;*;45;calendar;",
                "mc-arbitration;mastercard;ARBITRATION;*;*;*;45;weekdays;");

        DeadlineRulesView page = admin.preview(text, "timur", Locale.ENGLISH, EN);

        assertThat(page.errors()).containsExactly(
                new RuleTableErrorRow(lineOf(text, "visa-dispute-response;"), "days", "0",
                        "The number of days is a whole number from 1 to 1000."),
                new RuleTableErrorRow(lineOf(text, "mc-arbitration;"), "count", "weekdays", "Use calendar or business."));
        assertThat(page.text()).isEqualTo(text);
        assertThat(disputes.books().history()).hasSize(1);
    }

    @Test
    void aLineWithTheWrongNumberOfCellsIsNamedWithWhatItHolds() {
        String text = admin.currentTable() + "visa-extra;visa;DISPUTE;*;*\n";

        DeadlineRulesView page = admin.preview(text, "timur", Locale.ENGLISH, EN);

        assertThat(page.errors()).containsExactly(new RuleTableErrorRow(lineOf(text, "visa-extra;"), "",
                "visa-extra;visa;DISPUTE;*;*", "This line must have 10 cells separated by “;”, it has 5."));
    }

    private static String lineOf(String text, String startingWith) {
        List<String> lines = List.of(text.split("\n", -1));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(startingWith)) {
                return Integer.toString(i + 1);
            }
        }
        throw new AssertionError("no line " + startingWith);
    }

    @Test
    void aPreviewOfAChangedRuleShowsItsOldAndNewDays() {
        DeadlineRulesView page = admin.preview(shippedWithVisaResponseDays(20), "timur", Locale.ENGLISH, EN);

        assertThat(page.hasErrors()).isFalse();
        assertThat(page.changeSummary()).isEqualTo("Publishing makes revision 2: 0 rules added, 0 removed, 1 changed.");
        assertThat(page.changes()).containsExactly(new RuleChangeRow("Changed", "aui-lozenge-current",
                "visa-dispute-response", "Visa", "Dispute response", "30 → 20 calendar days"));
        assertThat(disputes.books().history()).hasSize(1);
    }

    @Test
    void publishingMakesTheNextRevisionAndTheSameTableAgainChangesNothing() {
        DeadlineRuleBook published = admin.publish(shippedWithVisaResponseDays(20), "timur").orElseThrow();
        Outcome<DeadlineRuleBook> again = admin.publish(admin.currentTable(), "timur");

        assertThat(published.version().revision()).isEqualTo(2);
        DeadlineRulesView afterAgain = admin.refused(admin.currentTable(),
                ((Outcome.Refused<DeadlineRuleBook>) again).refusals(), Locale.ENGLISH, EN);
        assertThat(afterAgain.hasErrors()).isFalse();
        assertThat(afterAgain.notice()).startsWith("Nothing changed").contains("paydesk-defaults@r2");
        DeadlineRulesView page = admin.page("2", Locale.ENGLISH, EN);
        assertThat(page.notice()).startsWith("Revision 2 published.");
        assertThat(page.history()).extracting(RuleRevisionRow::version)
                .containsExactly("paydesk-defaults@r2", "paydesk-defaults@r1");
        assertThat(page.history().getFirst().publishedBy()).isEqualTo("timur");
        assertThat(page.history().getFirst().publishedAt()).startsWith("Tue, Nov 24, 2026, 10:00").endsWith("AM (UTC)");
        assertThat(admin.page("<script>", Locale.ENGLISH, EN).hasNotice()).isFalse();
        assertThat(admin.currentTableFileName()).isEqualTo("deadline-rules-paydesk-defaults-r2.csv");
    }

    @Test
    void aDisputeRaisedBeforeTheEditKeepsItsDeadlineWhileOneRaisedAfterUsesTheNewDays() {
        StageDeadline before = raiseOn("2026-11-02", 1);

        admin.publish(shippedWithVisaResponseDays(20), "timur").orElseThrow();
        StageDeadline after = raiseOn("2026-11-25", 2);

        assertThat(before.dueOn()).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(before.version().revision()).isEqualTo(1);
        assertThat(((OpenDispute) records.find(1).orElseThrow().dispute()).deadline()).contains(before);
        assertThat(after.dueOn()).isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(after.days()).isEqualTo(20);
        assertThat(after.version().revision()).isEqualTo(2);
    }

    @Test
    void thePageSpeaksTheAdministratorsLanguage() {
        Locale russian = Locale.of("ru");
        DeadlineRulesView page = admin.preview(shippedWithVisaResponseDays(20), "timur", russian, BundleTexts.in(russian));

        assertThat(page.changes().getFirst().kind()).isEqualTo("Изменено");
        assertThat(page.rules()).allSatisfy(r -> assertThat(List.of(r.stage(), r.reason(), r.region(), r.channel(),
                r.count(), r.from())).noneMatch(label -> label.startsWith("paydesk.")));
    }
}
