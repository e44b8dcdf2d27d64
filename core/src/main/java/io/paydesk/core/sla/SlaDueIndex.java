package io.paydesk.core.sla;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Port: the next moment something happens to each request's SLA clocks, so a job reads only the requests
 * due now and never scans the open ones. One entry per request, with what picks its policy (the subject);
 * an entry with no due moment is a request none of whose clocks runs.
 *
 * <p>Every write raises the entry's revision. {@link #replace} writes only over the revision it read, so a
 * sweep that computed from older events never overwrites what a newer event put meanwhile.
 */
public interface SlaDueIndex {

    /** One request in the index: its subject, its next due moment (none while no clock runs), its revision. */
    record Entry(SlaSubject subject, Optional<Instant> dueAt, long revision) {
        public Entry {
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(dueAt, "dueAt");
        }

        public String requestKey() {
            return subject.requestKey();
        }
    }

    Optional<Entry> find(String requestKey);

    /** Sets the request's subject and next due moment (none: not due), whatever the entry held. */
    void put(SlaSubject subject, Optional<Instant> dueAt);

    /**
     * Sets the next due moment of an entry read earlier, only if nobody wrote it since.
     *
     * @return {@code false} when the entry's revision moved on (nothing is written)
     */
    boolean replace(Entry read, Optional<Instant> dueAt);

    /** Entries due at or before {@code now}, earliest first, at most {@code limit}. */
    List<Entry> due(Instant now, int limit);

    /**
     * Every indexed request, due or not, in request-key order after {@code afterKey} ({@code ""} for the first
     * page), at most {@code limit}: how "recompute all" walks the index a page at a time.
     */
    List<Entry> page(String afterKey, int limit);
}
