package io.paydesk.core.sla;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The due index as a map, with the same revision rule as the stored one. */
final class InMemorySlaDueIndex implements SlaDueIndex {

    private final Map<String, Entry> entries = new TreeMap<>();

    @Override
    public synchronized Optional<Entry> find(String requestKey) {
        return Optional.ofNullable(entries.get(requestKey));
    }

    @Override
    public synchronized void put(SlaSubject subject, Optional<Instant> dueAt) {
        long revision = find(subject.requestKey()).map(Entry::revision).orElse(0L);
        entries.put(subject.requestKey(), new Entry(subject, dueAt, revision + 1));
    }

    @Override
    public synchronized boolean replace(Entry read, Optional<Instant> dueAt) {
        Entry now = entries.get(read.requestKey());
        if (now == null || now.revision() != read.revision()) {
            return false;
        }
        entries.put(read.requestKey(), new Entry(now.subject(), dueAt, now.revision() + 1));
        return true;
    }

    @Override
    public synchronized List<Entry> due(Instant now, int limit) {
        return entries.values().stream()
                .filter(entry -> entry.dueAt().filter(at -> !at.isAfter(now)).isPresent())
                .sorted(Comparator.comparing((Entry entry) -> entry.dueAt().orElseThrow()))
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized List<Entry> page(String afterKey, int limit) {
        return entries.values().stream()
                .filter(entry -> entry.requestKey().compareTo(afterKey) > 0)
                .sorted(Comparator.comparing(Entry::requestKey))
                .limit(limit)
                .toList();
    }
}
