package io.paydesk.app.dispute.ao;

import static org.assertj.core.api.Assertions.assertThat;

import io.paydesk.core.common.Outcome;
import io.paydesk.core.common.Refusal;
import io.paydesk.core.dispute.DisputeMessageKeys;
import io.paydesk.core.dispute.deadline.DeadlineRuleBook;
import io.paydesk.core.dispute.deadline.DeadlineRuleTable;
import io.paydesk.core.dispute.deadline.EditingDeadlineRules;
import io.paydesk.core.dispute.deadline.RuleBookVersion;
import io.paydesk.core.dispute.scheme.SchemeCatalogue;
import io.paydesk.host.ao.AoDatabase;
import io.paydesk.host.ao.AoModule;
import io.paydesk.host.ao.HostActiveObjects;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Deadline rule-book revisions on a real database: append-only, shipped defaults as revision 1, cluster-safe. */
class AoDeadlineRuleBooksTest {

    private static final SchemeCatalogue SCHEMES = SchemeCatalogue.shipped();
    private static final DeadlineRuleBook SHIPPED = DeadlineRuleTable.shipped(SCHEMES);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T10:15:30.123456789Z"), ZoneOffset.UTC);

    private HostActiveObjects ao;
    private AoDeadlineRuleBooks books;

    @BeforeEach
    void open() {
        ao = HostActiveObjects.open(AoDatabase.fromSystemProperties(), AoModule.fromDescriptor(getClass().getClassLoader()));
        books = new AoDeadlineRuleBooks(ao, SCHEMES);
    }

    @AfterEach
    void close() {
        ao.close();
    }

    private static String withVisaResponseDays(String text, int days) {
        return text.replaceAll("(?m)^(visa-dispute-response;visa;DISPUTE_RESPONSE;\\*;\\*;\\*;)\\d+;", "$1" + days + ";");
    }

    @Test
    void withNothingStoredTheShippedDefaultsAreRevisionOneWithTheirComments() {
        assertThat(books.current()).isEqualTo(SHIPPED);
        assertThat(books.history()).containsExactly(SHIPPED);
        assertThat(books.version(new RuleBookVersion("paydesk-defaults", 1))).contains(SHIPPED);
        assertThat(books.version(new RuleBookVersion("paydesk-defaults", 2))).isEmpty();
        assertThat(books.tableText(SHIPPED.version())).contains(DeadlineRuleTable.shippedText());
        assertThat(ao.find(RuleRevisionEntity.class)).isEmpty();
    }

    @Test
    void publishingStoresTheShippedRevisionAndTheNewOneWholeAndNeverRewritesEither() {
        EditingDeadlineRules editing = new EditingDeadlineRules(books, SCHEMES, CLOCK);

        DeadlineRuleBook second = editing.publish(withVisaResponseDays(DeadlineRuleTable.shippedText(), 20), "timur")
                .orElseThrow();
        DeadlineRuleBook third = editing.publish(withVisaResponseDays(books.tableText(second.version()).orElseThrow(), 25),
                "anna").orElseThrow();

        AoDeadlineRuleBooks otherNode = new AoDeadlineRuleBooks(ao, SCHEMES);
        assertThat(otherNode.current()).isEqualTo(third);
        assertThat(otherNode.history()).containsExactly(SHIPPED, second, third);
        assertThat(otherNode.version(second.version()).orElseThrow().rule("visa-dispute-response").orElseThrow().days())
                .isEqualTo(20);
        assertThat(second.createdAt()).isEqualTo(CLOCK.instant());
        assertThat(otherNode.tableText(second.version()).orElseThrow())
                .contains("# Acquirer/merchant response", "createdBy=timur", "revision=2");
        RuleRevisionEntity[] rows = ao.find(RuleRevisionEntity.class);
        assertThat(rows).extracting(RuleRevisionEntity::getRevisionKey)
                .containsExactlyInAnyOrder("paydesk-defaults@r1", "paydesk-defaults@r2", "paydesk-defaults@r3");
        assertThat(rows).filteredOn(r -> r.getRevisionNumber() == 1).singleElement()
                .satisfies(r -> assertThat(r.getTableText()).isEqualTo(DeadlineRuleTable.shippedText()));
        assertThat(rows).filteredOn(r -> r.getRevisionNumber() == 3).singleElement().satisfies(r -> {
            assertThat(r.getPublishedBy()).isEqualTo("anna");
            assertThat(r.getPublishedAt()).isEqualTo(CLOCK.millis());
        });
    }

    @Test
    void aNodeHoldingAnOlderCurrentRevisionCannotOverwriteTheOneAnotherNodePublished() {
        AoDeadlineRuleBooks otherNode = new AoDeadlineRuleBooks(ao, SCHEMES);
        assertThat(otherNode.current()).isEqualTo(SHIPPED);
        new EditingDeadlineRules(books, SCHEMES, CLOCK)
                .publish(withVisaResponseDays(DeadlineRuleTable.shippedText(), 20), "timur").orElseThrow();
        DeadlineRuleBook late = SHIPPED.withRule(SHIPPED.rule("visa-dispute-response").orElseThrow().withDays(45),
                "anna", CLOCK).orElseThrow();

        assertThat(otherNode.publish(late)).isEqualTo(Outcome.refused(Refusal.of("revision", "paydesk-defaults@r2",
                DisputeMessageKeys.RULE_STALE_REVISION, "paydesk-defaults@r3")));
        assertThat(otherNode.current().rule("visa-dispute-response").orElseThrow().days()).isEqualTo(20);
        assertThat(ao.find(RuleRevisionEntity.class)).hasSize(2);
    }
}
