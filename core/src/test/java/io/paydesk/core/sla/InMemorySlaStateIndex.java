package io.paydesk.core.sla;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The SLA state index as a map, by request key in key order, as the stored one answers. */
final class InMemorySlaStateIndex implements SlaStateIndex {

    private final Map<String, List<SlaStanding>> byRequest = new TreeMap<>();

    @Override
    public synchronized void put(String requestKey, List<SlaStanding> standings) {
        byRequest.put(requestKey, List.copyOf(standings));
    }

    @Override
    public synchronized List<SlaStanding> find(String requestKey) {
        return byRequest.getOrDefault(requestKey, List.of());
    }

    @Override
    public synchronized List<String> search(SlaQuery query, int limit) {
        return byRequest.entrySet().stream().filter(e -> query.matches(e.getValue())).map(Map.Entry::getKey)
                .limit(limit).toList();
    }
}
