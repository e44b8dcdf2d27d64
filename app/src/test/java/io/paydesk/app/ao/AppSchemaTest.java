package io.paydesk.app.ao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paydesk.host.ao.AoDatabase;
import io.paydesk.host.ao.AoModule;
import io.paydesk.host.ao.HostActiveObjects;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.java.ao.Entity;
import net.java.ao.RawEntity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The app's whole {@code <ao>} module on a real database (HSQLDB by default, PostgreSQL with
 * {@code -Dao.test.database=postgres}), through the real Active Objects entity manager with Atlassian's
 * name converters and the app's namespace, as Jira runs it.
 */
class AppSchemaTest {

    private final AoModule module = AoModule.fromDescriptor(getClass().getClassLoader());
    private HostActiveObjects ao;

    @BeforeEach
    void startLikeThePluginDoes() {
        ao = HostActiveObjects.open(AoDatabase.fromSystemProperties(), module);
    }

    @AfterEach
    void stop() {
        ao.close();
    }

    @Test
    void theDescriptorNamesAFixedNamespaceAndEveryEntity() {
        assertThat(module.namespace()).isEqualTo("io.paydesk");
        assertThat(module.entities()).isNotEmpty();
    }

    @Test
    void migratingAgainOnTheNextStartChangesNothing() throws SQLException {
        List<String> before = columns();

        @SuppressWarnings("unchecked")
        Class<? extends RawEntity<?>>[] entities = module.entities().toArray(new Class[0]);
        ao.migrate(entities);
        ao.migrate(entities);

        assertThat(columns()).isEqualTo(before).isNotEmpty();
    }

    @Test
    void everyTableAndColumnFitsTheThirtyCharacterLimitOfJiraDatabases() throws SQLException {
        String prefix = module.tablePrefix().value();
        List<String> names = columns();

        assertThat(names).allSatisfy(name -> assertThat(name).startsWith(prefix));
        assertThat(names).allSatisfy(name -> {
            String[] tableAndColumn = name.split("\\.");
            assertThat(tableAndColumn[0]).hasSizeLessThanOrEqualTo(30);
            assertThat(tableAndColumn[1]).hasSizeLessThanOrEqualTo(30);
        });
    }

    @Test
    void atlassiansConverterRefusesAnEntityNameThatWouldNotFit() {
        assertThatThrownBy(() -> ao.migrate(PartnerEscalationContactPreferenceEntity.class))
                .hasMessageContaining("PARTNER_ESCALATION_CONTACT_PREFERENCE_ENTITY");
    }

    /** {@code TABLE.COLUMN} for every table with the app's prefix, in a stable order. */
    private List<String> columns() throws SQLException {
        String prefix = module.tablePrefix().value();
        List<String> names = new ArrayList<>();
        try (Connection connection = ao.entityManager().getProvider().getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            try (ResultSet rs = meta.getColumns(null, ao.database().schema(), null, null)) {
                while (rs.next()) {
                    String table = rs.getString("TABLE_NAME");
                    if (table.toUpperCase(Locale.ROOT).startsWith(prefix)) {
                        names.add(table + "." + rs.getString("COLUMN_NAME"));
                    }
                }
            }
        }
        names.sort(null);
        return names;
    }

    /** Twenty-nine characters before the prefix: too long for any Jira database. */
    interface PartnerEscalationContactPreferenceEntity extends Entity {
        String getName();

        void setName(String name);
    }
}
