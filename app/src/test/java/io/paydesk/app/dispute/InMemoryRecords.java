package io.paydesk.app.dispute;

import io.paydesk.core.dispute.store.DisputeRecord;
import io.paydesk.core.dispute.store.DisputeRecords;
import io.paydesk.core.dispute.store.DueCursor;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Disputes kept in a map, for tests of the app's use of the desk. */
public final class InMemoryRecords implements DisputeRecords {

    private final Map<Long, DisputeRecord> stored = new HashMap<>();

    @Override
    public Optional<DisputeRecord> find(long issueId) {
        return Optional.ofNullable(stored.get(issueId));
    }

    @Override
    public void save(DisputeRecord record) {
        stored.put(record.issueId(), record);
    }

    @Override
    public List<DisputeRecord> dueOnOrBefore(LocalDate day, Optional<DueCursor> after, int limit) {
        return List.of();
    }

    public int size() {
        return stored.size();
    }
}
