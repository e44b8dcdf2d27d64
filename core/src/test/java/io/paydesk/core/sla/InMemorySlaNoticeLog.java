package io.paydesk.core.sla;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Notices kept by key, as the stored log keeps them; remembers every attempt to record. */
final class InMemorySlaNoticeLog implements SlaNoticeLog {

    private final Map<String, SlaNotice> byKey = new LinkedHashMap<>();
    final List<SlaNotice> attempts = new ArrayList<>();

    @Override
    public synchronized boolean record(SlaNotice notice) {
        attempts.add(notice);
        return byKey.putIfAbsent(notice.key(), notice) == null;
    }

    @Override
    public synchronized List<SlaNotice> list(String requestKey) {
        return byKey.values().stream().filter(notice -> notice.requestKey().equals(requestKey))
                .sorted(Comparator.comparing(SlaNotice::at).thenComparing(SlaNotice::key)).toList();
    }
}
