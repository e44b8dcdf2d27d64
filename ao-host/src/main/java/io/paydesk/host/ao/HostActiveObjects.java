package io.paydesk.host.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.transaction.TransactionCallback;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import net.java.ao.DBParam;
import net.java.ao.EntityManager;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import net.java.ao.Transaction;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.builder.EntityManagerBuilder;

/**
 * The {@link ActiveObjects} facade Jira hands an app, implemented over the real AO {@link EntityManager}
 * with Atlassian's name converters and the app's table prefix. Each method maps one-to-one onto the
 * entity manager; SQL failures surface as {@link AoSqlException}, unchecked, as in Jira.
 */
public final class HostActiveObjects implements ActiveObjects, AutoCloseable {

    private final EntityManager entityManager;
    private final AoDatabase database;
    private final boolean callerOwnsTransaction;
    /** How deep this thread is in executeInTransaction: nested calls join the outer transaction, as in Jira. */
    private final ThreadLocal<int[]> depth = ThreadLocal.withInitial(() -> new int[1]);

    private HostActiveObjects(EntityManager entityManager, AoDatabase database, boolean callerOwnsTransaction) {
        this.entityManager = entityManager;
        this.database = database;
        this.callerOwnsTransaction = callerOwnsTransaction;
    }

    /** Opens the database for the module's namespace and migrates its entities, as plugin start-up does. */
    public static HostActiveObjects open(AoDatabase database, AoModule module) {
        HostActiveObjects ao = connect(database, module.tablePrefix());
        @SuppressWarnings("unchecked")
        Class<? extends RawEntity<?>>[] entities = module.entities().toArray(new Class[0]);
        ao.migrate(entities);
        return ao;
    }

    /**
     * The facade over an entity manager whose owner already holds a transaction around every call (as
     * Atlassian's AO JUnit runner does); {@link #executeInTransaction} then joins it.
     */
    public static HostActiveObjects joiningTransactionsOf(EntityManager entityManager, AoDatabase database) {
        return new HostActiveObjects(entityManager, database, true);
    }

    public static HostActiveObjects connect(AoDatabase database, AoTablePrefix prefix) {
        if (database.schema() != null) {
            createSchema(database);
        }
        var builder = EntityManagerBuilder.url(database.url())
                .username(database.username())
                .password(database.password());
        var withProperties = database.schema() == null ? builder.none() : builder.schema(database.schema()).none();
        EntityManager entityManager = withProperties
                .tableNameConverter(new AtlassianTableNameConverter(prefix))
                .fieldNameConverter(new AtlassianFieldNameConverter())
                .indexNameConverter(new AtlassianIndexNameConverter())
                .uniqueNameConverter(new AtlassianUniqueNameConverter())
                .sequenceNameConverter(new AtlassianSequenceNameConverter())
                .triggerNameConverter(new AtlassianTriggerNameConverter())
                .build();
        return new HostActiveObjects(entityManager, database, false);
    }

    private static void createSchema(AoDatabase database) {
        try (Connection connection = DriverManager.getConnection(database.url(), database.username(), database.password());
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA IF NOT EXISTS \"" + database.schema() + "\"");
        } catch (SQLException e) {
            throw new AoSqlException("cannot create schema " + database.schema() + " at " + database.url(), e);
        }
    }

    public EntityManager entityManager() {
        return entityManager;
    }

    public AoDatabase database() {
        return database;
    }

    @Override
    @SafeVarargs
    @SuppressWarnings("varargs")
    public final void migrate(Class<? extends RawEntity<?>>... entities) {
        run(() -> {
            entityManager.migrate(entities);
            return null;
        });
    }

    @Override
    public <T extends RawEntity<K>, K> T get(Class<T> type, K key) {
        return run(() -> entityManager.get(type, key));
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params) {
        return run(() -> entityManager.create(type, params));
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        run(() -> {
            entityManager.delete(entities);
            return null;
        });
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type) {
        return run(() -> entityManager.find(type));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        return run(() -> entityManager.find(type, query));
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, Query query) {
        return run(() -> entityManager.count(type, query));
    }

    @Override
    public <T> T executeInTransaction(TransactionCallback<T> callback) {
        int[] level = depth.get();
        if (callerOwnsTransaction || level[0] > 0) {
            return callback.doInTransaction();
        }
        level[0]++;
        try {
            return run(() -> new Transaction<T>(entityManager) {
                @Override
                protected T run() {
                    return callback.doInTransaction();
                }
            }.execute());
        } finally {
            level[0]--;
        }
    }

    /** Ends the entity manager's use of the database; an in-memory database is then dropped. */
    @Override
    public void close() {
        entityManager.getProvider().dispose();
    }

    private interface SqlWork<T> {
        T call() throws SQLException;
    }

    private static <T> T run(SqlWork<T> work) {
        try {
            return work.call();
        } catch (SQLException e) {
            throw new AoSqlException(e.getMessage(), e);
        }
    }
}
