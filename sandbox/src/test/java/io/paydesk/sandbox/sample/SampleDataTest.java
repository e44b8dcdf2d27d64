package io.paydesk.sandbox.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.paydesk.app.partner.ao.AoPartnerDirectory;
import io.paydesk.core.card.PanRedactor;
import io.paydesk.core.partner.PartnerBank;
import io.paydesk.core.sla.IssueObservation;
import io.paydesk.host.ao.AoDatabase;
import io.paydesk.host.ao.AoModule;
import io.paydesk.host.ao.AoTablePrefix;
import io.paydesk.host.ao.HostActiveObjects;
import io.paydesk.sandbox.host.HostBankSystems;
import io.paydesk.sandbox.host.HostDirectory;
import io.paydesk.sandbox.host.HostRequest;
import io.paydesk.sandbox.host.HostRequests;
import io.paydesk.sandbox.host.HostUser;
import io.paydesk.sandbox.host.Role;
import io.paydesk.sandbox.host.ao.HostCardEntity;
import io.paydesk.sandbox.host.ao.HostCardTxnEntity;
import io.paydesk.sandbox.host.ao.HostCommentEntity;
import io.paydesk.sandbox.host.ao.HostCustomerEntity;
import io.paydesk.sandbox.host.ao.HostIssueEntity;
import io.paydesk.sandbox.host.ao.HostLedgerEntity;
import io.paydesk.sandbox.host.ao.HostOrgEntity;
import io.paydesk.sandbox.host.ao.HostUserEntity;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SampleDataTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC);
    private static final AoDatabase DATABASE = AoDatabase.inMemory();
    private static HostActiveObjects appTables;
    private static HostActiveObjects hostTables;
    private static HostDirectory directory;
    private static HostBankSystems banks;
    private static HostRequests requests;
    private static final List<IssueObservation> published = new ArrayList<>();
    private static AoPartnerDirectory partners;

    @BeforeAll
    static void generate() {
        appTables = HostActiveObjects.open(DATABASE, AoModule.fromDescriptor(SampleDataTest.class.getClassLoader()));
        hostTables = HostActiveObjects.connect(DATABASE, new AoTablePrefix("io.paydesk.sandbox"));
        hostTables.migrate(HostOrgEntity.class, HostUserEntity.class, HostIssueEntity.class, HostCustomerEntity.class,
                HostCardEntity.class, HostCardTxnEntity.class, HostLedgerEntity.class, HostCommentEntity.class);
        directory = new HostDirectory(hostTables);
        banks = new HostBankSystems(hostTables);
        requests = new HostRequests(hostTables, (seen, subject) -> published.add(seen));
        partners = new AoPartnerDirectory(appTables);
        new SampleData(NOW, 7).generate(directory, partners, banks, requests, 40);
    }

    @AfterAll
    static void close() {
        hostTables.close();
        appTables.close();
    }

    @Test
    void fourPartnerBanksInTheirOwnTimeZonesAndLanguages() {
        assertThat(partners.all()).extracting(PartnerBank::country).containsExactlyInAnyOrder("UZ", "UA", "PL", "KZ");
        assertThat(partners.all()).extracting(p -> p.zone().getId())
                .containsExactlyInAnyOrder("Asia/Tashkent", "Europe/Kyiv", "Europe/Warsaw", "Asia/Almaty");
    }

    @Test
    void everyRoleHasSomeoneToSignInAs() {
        assertThat(directory.users()).extracting(HostUser::role).contains(Role.values());
        assertThat(directory.users()).filteredOn(u -> u.role() == Role.PARTNER)
                .allSatisfy(u -> assertThat(u.organizationId()).isPresent());
    }

    @Test
    void fortyRequestsWithBanking77TextsSpreadOverThePartners() {
        HostUser admin = directory.users().stream().filter(u -> u.role() == Role.ADMIN).findFirst().orElseThrow();
        var all = requests.visibleTo(admin);

        assertThat(all).hasSize(40);
        assertThat(all).extracting(r -> r.organizationId()).containsOnly(1, 2, 3, 4);
        var texts = Banking77.byIntent().values().stream().flatMap(List::stream).toList();
        assertThat(all).allSatisfy(r -> assertThat(texts).contains(r.description()));
        assertThat(all).allSatisfy(r -> assertThat(r.card()).isPresent());
    }

    @Test
    void eachSampleRequestIsPublishedOnceAsRaisedWithItsStatusSoItsSlaClocksStart() {
        HostUser admin = directory.users().stream().filter(u -> u.role() == Role.ADMIN).findFirst().orElseThrow();

        assertThat(published).hasSize(40).allSatisfy(seen -> {
            assertThat(seen.kind()).isEqualTo(IssueObservation.Kind.CREATED);
            HostRequest raised = requests.find(seen.requestKey(), admin).orElseThrow();
            assertThat(seen.occurredAt()).isEqualTo(raised.created());
            assertThat(seen.status()).isEqualTo(raised.status());
            assertThat(seen.priority()).isEqualTo(raised.priority());
        });
        assertThat(published).extracting(IssueObservation::requestKey).doesNotHaveDuplicates();
    }

    @Test
    void cardholdersHaveTransactionsAndLoyaltyLedgers() {
        assertThat(banks.transactionCount()).isBetween(1_000, 2_500);
        assertThat(banks.ledgerEntryCount()).isGreaterThan(500);
    }

    @Test
    void noStoredValueAnywhereHoldsACardNumber() throws Exception {
        List<String> leaks = new ArrayList<>();
        try (Connection connection = hostTables.entityManager().getProvider().getConnection();
             Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = connection.getMetaData().getTables(null, null, "AO_%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            assertThat(tables).hasSizeGreaterThanOrEqualTo(8);
            for (String table : tables) {
                try (ResultSet rows = statement.executeQuery("SELECT * FROM \"" + table + "\"")) {
                    ResultSetMetaData meta = rows.getMetaData();
                    while (rows.next()) {
                        for (int c = 1; c <= meta.getColumnCount(); c++) {
                            String value = rows.getString(c);
                            if (value != null && PanRedactor.containsCardNumber(value)) {
                                leaks.add(table + "." + meta.getColumnName(c) + " = " + PanRedactor.redact(value));
                            }
                        }
                    }
                }
            }
        }
        assertThat(leaks).isEmpty();
    }

    @Test
    void theSameSeedGivesTheSameWorld() {
        HostUser admin = directory.users().stream().filter(u -> u.role() == Role.ADMIN).findFirst().orElseThrow();
        assertThat(requests.find("PAY-1", admin)).map(r -> r.summary()).isEqualTo(Optional.of(
                requests.find("PAY-1", admin).orElseThrow().summary()));
    }
}
