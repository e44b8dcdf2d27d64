package io.paydesk.core.dispute;

import io.paydesk.core.dispute.store.DisputeCodec;
import io.paydesk.core.dispute.store.DisputeRecord;
import io.paydesk.core.dispute.store.DisputeRecords;
import io.paydesk.core.dispute.store.DueCursor;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Disputes kept as their stored text, so every test that saves also proves the codec round trip. */
final class InMemoryDisputeRecords implements DisputeRecords {

    private final DisputeCodec codec = new DisputeCodec(DisputeFixture.SCHEMES);
    private final Map<Long, DisputeRecord> records = new TreeMap<>();
    int saves;

    @Override
    public Optional<DisputeRecord> find(long issueId) {
        return Optional.ofNullable(records.get(issueId));
    }

    @Override
    public void save(DisputeRecord record) {
        saves++;
        DisputeRecord copy = record.with(codec.decode(codec.encode(record.dispute())));
        records.put(record.issueId(), copy);
    }

    @Override
    public List<DisputeRecord> dueOnOrBefore(LocalDate day, Optional<DueCursor> after, int limit) {
        Comparator<DueCursor> order = Comparator.comparing(DueCursor::due).thenComparingLong(DueCursor::issueId);
        return records.values().stream()
                .filter(r -> r.nextDue().filter(due -> !due.isAfter(day)).isPresent())
                .filter(r -> after.map(cursor -> order.compare(DueCursor.after(r), cursor) > 0).orElse(true))
                .sorted(Comparator.comparing(DueCursor::after, order))
                .limit(limit)
                .toList();
    }
}
