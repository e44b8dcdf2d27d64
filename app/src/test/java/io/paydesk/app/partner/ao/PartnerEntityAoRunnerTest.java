package io.paydesk.app.partner.ao;

import static org.assertj.core.api.Assertions.assertThat;

import io.paydesk.app.ao.PaydeskTableNames;
import io.paydesk.core.partner.PartnerBank;
import io.paydesk.core.partner.PartnerId;
import io.paydesk.host.ao.AoDatabase;
import io.paydesk.host.ao.HostActiveObjects;
import java.time.ZoneId;
import java.util.Locale;
import net.java.ao.EntityManager;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.test.converters.NameConverters;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.DatabaseUpdater;
import net.java.ao.test.jdbc.DynamicJdbcConfiguration;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.Test;
import org.junit.runner.RunWith;

/**
 * The same entity under Atlassian's own Active Objects JUnit runner, the ecosystem's standard harness:
 * it builds the entity manager from {@code ao.test.database} / {@code db.*} and rolls each test back.
 */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(DynamicJdbcConfiguration.class)
@Data(PartnerEntityAoRunnerTest.Schema.class)
@NameConverters(table = PaydeskTableNames.class, field = AtlassianFieldNameConverter.class,
        sequence = AtlassianSequenceNameConverter.class, trigger = AtlassianTriggerNameConverter.class,
        index = AtlassianIndexNameConverter.class, unique = AtlassianUniqueNameConverter.class)
public class PartnerEntityAoRunnerTest {

    /** Injected by the runner. */
    private EntityManager entityManager;

    public static final class Schema implements DatabaseUpdater {
        @Override
        public void update(EntityManager entityManager) throws Exception {
            entityManager.migrate(PartnerEntity.class);
        }
    }

    @Test
    public void thePartnerTableCarriesTheAppsPrefix() {
        assertThat(entityManager.getTableNameConverter().getName(PartnerEntity.class))
                .matches("AO_[0-9A-F]{6}_PARTNER");
    }

    @Test
    public void aPartnerRoundTripsThroughTheRunnersEntityManager() {
        AoPartnerDirectory partners = new AoPartnerDirectory(HostActiveObjects.joiningTransactionsOf(entityManager, AoDatabase.inMemory()));
        PartnerBank warsaw = new PartnerBank(new PartnerId("runner-1"), "Bank Wiślany", "PL",
                ZoneId.of("Europe/Warsaw"), Locale.of("pl"));

        partners.save(warsaw);

        assertThat(partners.find(new PartnerId("runner-1"))).contains(warsaw);
    }
}
