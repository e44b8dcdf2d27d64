package io.paydesk.core.sla;

import io.paydesk.core.common.Outcome;
import io.paydesk.core.common.Refusal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The SLA clocks' marks as they come: reads the requests due now from the {@link SlaDueIndex}, recomputes
 * each one's timers from its events, records every warning threshold and breach it reached in the
 * {@link SlaNoticeLog} (each once, with the instant it truly fell due, however late the sweep runs), and
 * indexes the request again at its next due moment, or at none when no clock runs. Each evaluation also
 * writes how the request's goals stand into the {@link SlaStateIndex}, so a search by SLA state sees a
 * running clock turn breached when the sweep passes its breach instant.
 *
 * <p>Safe to run twice, or on two nodes at once: the notice log keeps a mark once, and the index is only
 * moved over the revision the sweep read. A request the clocks refuse (a calendar gone from the settings, a
 * corrupted history) is tried again {@link #RETRY_AFTER} later instead of blocking the ones behind it.
 */
public final class SlaDueSweep {

    /** When a request whose clocks were refused is looked at again. */
    public static final Duration RETRY_AFTER = Duration.ofHours(1);

    private final SlaDueIndex index;
    private final SlaNoticeLog notices;
    private final SlaStateIndex states;
    private final RequestClocks clocks;

    public SlaDueSweep(SlaDueIndex index, SlaNoticeLog notices, SlaStateIndex states, RequestClocks clocks) {
        this.index = Objects.requireNonNull(index, "index");
        this.notices = Objects.requireNonNull(notices, "notices");
        this.states = Objects.requireNonNull(states, "states");
        this.clocks = Objects.requireNonNull(clocks, "clocks");
    }

    /** What one batch did: entries read, notices recorded now, requests refused, entries another writer had moved meanwhile. */
    public record Batch(int read, List<SlaNotice> emitted, List<Refused> refused, int superseded) {
        public Batch {
            emitted = List.copyOf(emitted);
            refused = List.copyOf(refused);
        }
    }

    /** A request whose clocks could not be computed, and why. */
    public record Refused(String requestKey, List<Refusal> refusals) {
        public Refused {
            refusals = List.copyOf(refusals);
        }
    }

    /** Handles at most {@code limit} of the requests due at {@code now}, earliest first. */
    public Batch sweep(Instant now, int limit) {
        Objects.requireNonNull(now, "now");
        if (limit < 1) {
            throw new IllegalArgumentException("a batch holds at least one request: " + limit);
        }
        List<SlaDueIndex.Entry> due = index.due(now, limit);
        List<SlaNotice> emitted = new ArrayList<>();
        List<Refused> refused = new ArrayList<>();
        int superseded = 0;
        for (SlaDueIndex.Entry entry : due) {
            Optional<Instant> next;
            List<SlaStanding> standings = null;
            switch (clocks.at(entry.subject(), now)) {
                case Outcome.Accepted<RequestSla> sla -> {
                    for (SlaNotice notice : unannounced(sla.value())) {
                        if (notices.record(notice)) {
                            emitted.add(notice);
                        }
                    }
                    next = sla.value().nextDue().map(Due::at);
                    standings = SlaStanding.of(sla.value());
                }
                case Outcome.Refused<RequestSla> no -> {
                    refused.add(new Refused(entry.requestKey(), no.refusals()));
                    next = Optional.of(now.plus(RETRY_AFTER));
                }
            }
            if (!index.replace(entry, next)) {
                superseded++;
            } else if (standings != null) {
                // Only over the revision read: a newer event has written newer standings otherwise.
                states.put(entry.requestKey(), standings);
            }
        }
        return new Batch(due.size(), emitted, refused, superseded);
    }

    /**
     * Indexes one request after its events changed: at the earliest mark its clocks reached that has no
     * notice yet (so the sweep records it with its true instant), otherwise at its next due moment, or at
     * none when no clock runs; writes how its goals stand now. Records no notice itself, so it stays quick on
     * the host's event thread.
     *
     * @return where the request is indexed now
     */
    public Optional<Instant> reindex(SlaSubject subject, Instant now) {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(now, "now");
        Optional<Instant> next = switch (clocks.at(subject, now)) {
            case Outcome.Accepted<RequestSla> sla -> {
                states.put(subject.requestKey(), SlaStanding.of(sla.value()));
                yield unannounced(sla.value()).stream()
                        .map(SlaNotice::at)
                        .min(Comparator.naturalOrder())
                        .or(() -> sla.value().nextDue().map(Due::at));
            }
            case Outcome.Refused<RequestSla> no -> Optional.of(now.plus(RETRY_AFTER));
        };
        index.put(subject, next);
        return next;
    }

    /**
     * Recomputes every indexed request from its history, as {@link #reindex} does for one: after a business
     * calendar changed (calendars are not versioned, so the due moments of clocks running on it move), or when
     * an administrator asks. Walks the index {@code pageSize} requests at a time, in key order.
     *
     * @return how many requests were recomputed
     */
    public int reindexAll(Instant now, int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("page size " + pageSize + " is not positive");
        }
        int done = 0;
        String after = "";
        List<SlaDueIndex.Entry> page;
        do {
            page = index.page(after, pageSize);
            for (SlaDueIndex.Entry entry : page) {
                reindex(entry.subject(), now);
                after = entry.requestKey();
                done++;
            }
        } while (page.size() == pageSize);
        return done;
    }

    /** Every mark the request's clocks reached by their evaluation that the log has not recorded, earliest first. */
    private List<SlaNotice> unannounced(RequestSla sla) {
        List<SlaNotice> reached = reached(sla);
        if (reached.isEmpty()) {
            return reached;
        }
        Set<String> known = new HashSet<>();
        for (SlaNotice notice : notices.list(sla.requestKey())) {
            known.add(notice.key());
        }
        return reached.stream().filter(notice -> !known.contains(notice.key())).toList();
    }

    /** Every warning threshold and breach the request's cycles reached, earliest first. */
    static List<SlaNotice> reached(RequestSla sla) {
        List<SlaNotice> reached = new ArrayList<>();
        for (SlaTimer timer : sla.timers()) {
            for (ThresholdCrossing crossing : timer.thresholdsCrossed()) {
                reached.add(SlaNotice.warning(sla.requestKey(), timer.goal(), timer.cycle(), crossing.percent(), crossing.at()));
            }
            if (timer.state() instanceof TimerState.Breached breached) {
                reached.add(SlaNotice.breach(sla.requestKey(), timer.goal(), timer.cycle(), breached.at()));
            }
        }
        reached.sort(Comparator.comparing(SlaNotice::at).thenComparing(SlaNotice::key));
        return reached;
    }
}
