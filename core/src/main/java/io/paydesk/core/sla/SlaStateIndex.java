package io.paydesk.core.sla;

import java.util.List;

/**
 * Port: how each request's SLA goals stand, kept so a search reads an index instead of evaluating clocks.
 * Written by {@link SlaDueSweep} whenever a request's clocks are evaluated: when an event arrives and at
 * every warning and breach instant (the due index holds them), the only moments a state can change.
 */
public interface SlaStateIndex {

    /** Sets the request's standings, one per goal; a goal not given is removed. */
    void put(String requestKey, List<SlaStanding> standings);

    /** The request's standings, in goal order; none for a request never indexed. */
    List<SlaStanding> find(String requestKey);

    /** Keys of the requests the query finds, in key order, at most {@code limit}. */
    List<String> search(SlaQuery query, int limit);
}
