package io.paydesk.app.sla.ao;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.transaction.TransactionCallback;
import java.lang.reflect.Array;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import net.java.ao.DBParam;
import net.java.ao.Query;
import net.java.ao.RawEntity;

/**
 * An {@link ActiveObjects} whose first look-up in one table answers what the table held before another node
 * wrote: the other node's write runs (and commits, on its own thread) first, then the look-up answers
 * "nothing", as a look-up that ran just before that commit would have.
 */
final class OtherNodeFirst implements ActiveObjects {

    private final ActiveObjects delegate;
    private final Class<?> table;
    private final Runnable otherNode;
    private final AtomicBoolean raced = new AtomicBoolean();

    OtherNodeFirst(ActiveObjects delegate, Class<?> table, Runnable otherNode) {
        this.delegate = delegate;
        this.table = table;
        this.otherNode = otherNode;
    }

    private boolean raceNow(Class<?> type) {
        if (type != table || !raced.compareAndSet(false, true)) {
            return false;
        }
        ExecutorService node = Executors.newSingleThreadExecutor();
        try {
            node.submit(otherNode).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        } finally {
            node.shutdownNow();
        }
        return true;
    }

    boolean raced() {
        return raced.get();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        if (raceNow(type)) {
            return (T[]) Array.newInstance(type, 0);
        }
        return delegate.find(type, query);
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, Query query) {
        if (raceNow(type)) {
            return 0;
        }
        return delegate.count(type, query);
    }

    @Override
    @SafeVarargs
    @SuppressWarnings("varargs")
    public final void migrate(Class<? extends RawEntity<?>>... entities) {
        delegate.migrate(entities);
    }

    @Override
    public <T extends RawEntity<K>, K> T get(Class<T> type, K key) {
        return delegate.get(type, key);
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params) {
        return delegate.create(type, params);
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        delegate.delete(entities);
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type) {
        return delegate.find(type);
    }

    @Override
    public <T> T executeInTransaction(TransactionCallback<T> callback) {
        return delegate.executeInTransaction(callback);
    }

    static void check(boolean raced) {
        assertThat(raced).as("the other node wrote first").isTrue();
    }
}
