package io.paydesk.app.sla.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.paydesk.core.partner.PartnerId;
import io.paydesk.core.sla.SlaDueIndex;
import io.paydesk.core.sla.SlaSubject;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * The SLA due index kept in Active Objects ({@link SlaDueEntity}). Entities never leave this class.
 *
 * <p>Due moments are stored as epoch milliseconds rounded up, so a request is never read as due before its
 * mark. Two nodes inserting the first row of one request at once: the unique {@code REQUEST_KEY} refuses
 * the second insert, whose transaction rolls back, and the write is done again over the row that won. Call
 * it outside any transaction of the caller's (on PostgreSQL a refused insert aborts the whole enclosing
 * transaction).
 *
 * <p>{@link #replace} compares the revision and writes in one transaction; under read-committed isolation a
 * {@link #put} committed between the two can still be overwritten. The sweep that calls {@code replace}
 * runs on one node at a time, and a {@code put} lost that way leaves the request indexed at a moment the
 * sweep computed a few milliseconds earlier, which the next event or sweep corrects.
 */
@Named
public class AoSlaDueIndex implements SlaDueIndex {

    static final int MAX_KEY_LENGTH = 200;

    private final ActiveObjects ao;

    @Inject
    public AoSlaDueIndex(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Optional<Entry> find(String requestKey) {
        return ao.executeInTransaction(() -> entity(requestKey).map(AoSlaDueIndex::toEntry));
    }

    @Override
    public void put(SlaSubject subject, Optional<Instant> dueAt) {
        Objects.requireNonNull(subject, "subject");
        String key = fit(subject.requestKey());
        Long next = millis(key, dueAt);
        try {
            write(subject, key, next);
        } catch (RuntimeException insertFailed) {
            // Most likely another node inserted this request's row after this transaction looked: write over it.
            try {
                write(subject, key, next);
            } catch (RuntimeException again) {
                again.addSuppressed(insertFailed);
                throw again;
            }
        }
    }

    private void write(SlaSubject subject, String key, Long next) {
        ao.executeInTransaction(() -> {
            Optional<SlaDueEntity> existing = entity(key);
            if (existing.isPresent()) {
                SlaDueEntity row = existing.get();
                row.setNextDue(next);
                row.setPartnerId(subject.partner().map(PartnerId::value).orElse(null));
                row.setRequestType(subject.requestType());
                row.setRevision(row.getRevision() + 1);
                row.save();
            } else {
                ao.create(SlaDueEntity.class,
                        new DBParam("REQUEST_KEY", key),
                        new DBParam("NEXT_DUE", next),
                        new DBParam("PARTNER_ID", subject.partner().map(PartnerId::value).orElse(null)),
                        new DBParam("REQUEST_TYPE", subject.requestType()),
                        new DBParam("REVISION", 1L));
            }
            return null;
        });
    }

    @Override
    public boolean replace(Entry read, Optional<Instant> dueAt) {
        Objects.requireNonNull(read, "read");
        Long next = millis(read.requestKey(), dueAt);
        return ao.executeInTransaction(() -> {
            Optional<SlaDueEntity> existing = entity(read.requestKey());
            if (existing.isEmpty() || existing.get().getRevision() != read.revision()) {
                return false;
            }
            SlaDueEntity row = existing.get();
            row.setNextDue(next);
            row.setRevision(row.getRevision() + 1);
            row.save();
            return true;
        });
    }

    @Override
    public List<Entry> due(Instant now, int limit) {
        long until = now.toEpochMilli();
        return ao.executeInTransaction(() -> Arrays.stream(ao.find(SlaDueEntity.class, Query.select()
                        .where("NEXT_DUE <= ?", until)
                        .order("NEXT_DUE ASC, REQUEST_KEY ASC")
                        .limit(limit)))
                .map(AoSlaDueIndex::toEntry)
                .toList());
    }

    @Override
    public List<Entry> page(String afterKey, int limit) {
        return ao.executeInTransaction(() -> Arrays.stream(ao.find(SlaDueEntity.class, Query.select()
                        .where("REQUEST_KEY > ?", afterKey)
                        .order("REQUEST_KEY ASC")
                        .limit(limit)))
                .map(AoSlaDueIndex::toEntry)
                .toList());
    }

    private Optional<SlaDueEntity> entity(String requestKey) {
        SlaDueEntity[] found = ao.find(SlaDueEntity.class, Query.select().where("REQUEST_KEY = ?", requestKey));
        return found.length == 0 ? Optional.empty() : Optional.of(found[0]);
    }

    private static Entry toEntry(SlaDueEntity row) {
        SlaSubject subject = new SlaSubject(row.getRequestKey(), Optional.ofNullable(row.getPartnerId()).map(PartnerId::new),
                row.getRequestType());
        return new Entry(subject, Optional.ofNullable(row.getNextDue()).map(Instant::ofEpochMilli), row.getRevision());
    }

    /** Epoch milliseconds rounded up; refused when the instant is beyond what a long of milliseconds holds. */
    private static Long millis(String key, Optional<Instant> dueAt) {
        if (dueAt.isEmpty()) {
            return null;
        }
        Instant at = dueAt.get();
        try {
            long millis = at.toEpochMilli();
            return at.getNano() % 1_000_000 == 0 ? millis : Math.addExact(millis, 1);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("the request " + key + " falls due at " + at
                    + ", beyond what the index can store", e);
        }
    }

    static String fit(String requestKey) {
        if (requestKey.isBlank() || requestKey.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("a request key has 1 to " + MAX_KEY_LENGTH + " characters: "
                    + requestKey.length());
        }
        return requestKey;
    }
}
