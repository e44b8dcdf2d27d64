package io.paydesk.core.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;

/**
 * A calendar's working windows on the timeline, cut into chunks of 2<sup>25</sup> seconds (about 388
 * days) that are built the first time a moment inside them is asked about and kept for the calendar's
 * life. Business time between two moments is then two binary searches plus the totals of any chunks in
 * between; "t plus d business time" is one binary search over the running totals plus a walk over
 * whole chunks. Only the chunks in use take memory: a 3-year SLA history needs three or four.
 *
 * <p>Thread-safe: chunks are immutable, published through an {@link AtomicReferenceArray}; two threads
 * that build the same chunk at once build equal chunks and one of them is kept.
 */
final class WindowIndex {

    private static final int CHUNK_BITS = 25;

    private final long firstChunk;
    private final long earliest;
    private final long latest;
    private final AtomicReferenceArray<WindowChunk> chunks;
    private final WallClock wallClock;
    private final Function<LocalDate, List<WorkingHours>> hoursOn;

    WindowIndex(Instant earliest, Instant latest, WallClock wallClock, Function<LocalDate, List<WorkingHours>> hoursOn) {
        this.earliest = earliest.getEpochSecond();
        this.latest = latest.getEpochSecond();
        this.firstChunk = this.earliest >> CHUNK_BITS;
        this.chunks = new AtomicReferenceArray<>((int) ((this.latest >> CHUNK_BITS) - firstChunk + 1));
        this.wallClock = wallClock;
        this.hoursOn = hoursOn;
    }

    Duration within(Instant a, Instant b) {
        int order = a.compareTo(b);
        if (order == 0) {
            requireSupported(a);
            return Duration.ZERO;
        }
        if (order > 0) {
            return within(b, a).negated();
        }
        requireSupported(a);
        requireSupported(b);
        long bSecond = b.getEpochSecond();
        WindowChunk chunk = chunkOf(a.getEpochSecond());
        long aPosition = chunk.positionNanos(a.getEpochSecond(), a.getNano());
        if (bSecond < chunk.to) {
            return Duration.ofNanos(chunk.positionNanos(bSecond, b.getNano()) - aPosition);
        }
        long nanos = chunk.totalNanos() - aPosition;
        long seconds = 0;
        for (chunk = chunkOf(chunk.to); bSecond >= chunk.to; chunk = chunkOf(chunk.to)) {
            seconds += chunk.totalSeconds();
        }
        nanos += chunk.positionNanos(bSecond, b.getNano());
        return Duration.ofSeconds(seconds, nanos);
    }

    Instant after(Instant t, Duration d) {
        requireSupported(t);
        if (d.isZero()) {
            return t;
        }
        Instant result = d.isNegative() ? backward(t, d.negated()) : forward(t, d);
        requireSupported(result);
        return result;
    }

    private Instant forward(Instant t, Duration d) {
        WindowChunk chunk = chunkOf(t.getEpochSecond());
        long position = chunk.positionNanos(t.getEpochSecond(), t.getNano());
        long room = chunk.totalNanos() - position;
        if (fits(d, room)) {
            return chunk.earliestAt(position + d.toNanos());
        }
        Duration left = d.minusNanos(room);
        while (true) {
            chunk = chunkOf(chunk.to);
            if (fits(left, chunk.totalNanos())) {
                return chunk.earliestAt(left.toNanos());
            }
            left = left.minusSeconds(chunk.totalSeconds());
        }
    }

    private Instant backward(Instant t, Duration d) {
        WindowChunk chunk = chunkOf(t.getEpochSecond());
        long position = chunk.positionNanos(t.getEpochSecond(), t.getNano());
        if (fits(d, position)) {
            return chunk.latestAt(position - d.toNanos());
        }
        Duration left = d.minusNanos(position);
        while (true) {
            chunk = chunkOf(chunk.from - 1);
            if (fits(left, chunk.totalNanos())) {
                return chunk.latestAt(chunk.totalNanos() - left.toNanos());
            }
            left = left.minusSeconds(chunk.totalSeconds());
        }
    }

    /** Whether {@code d} is at most {@code nanos}, without overflowing on long durations. */
    private static boolean fits(Duration d, long nanos) {
        return d.getSeconds() <= nanos / WindowChunk.NANOS_PER_SECOND && d.toNanos() <= nanos;
    }

    boolean isOpenAt(Instant t) {
        requireSupported(t);
        return chunkOf(t.getEpochSecond()).isOpen(t.getEpochSecond());
    }

    Instant nextOpening(Instant t) {
        requireSupported(t);
        long second = t.getEpochSecond();
        WindowChunk chunk = chunkOf(second);
        int window = chunk.firstEndingAfter(second);
        while (window == chunk.size()) {
            chunk = chunkOf(chunk.to);
            window = 0;
        }
        long start = chunk.start(window);
        return start <= second ? t : requireSupported(Instant.ofEpochSecond(start));
    }

    List<TimeWindow> windows(Instant from, Instant to) {
        requireSupported(from);
        requireSupported(to);
        List<TimeWindow> found = new ArrayList<>();
        if (!from.isBefore(to)) {
            return List.of();
        }
        long lastSecond = to.getEpochSecond();
        WindowChunk chunk = chunkOf(from.getEpochSecond());
        int window = chunk.firstEndingAfter(from.getEpochSecond());
        while (true) {
            for (; window < chunk.size() && chunk.start(window) <= lastSecond; window++) {
                Instant start = Instant.ofEpochSecond(chunk.start(window));
                Instant end = Instant.ofEpochSecond(chunk.end(window));
                TimeWindow piece = new TimeWindow(start.isBefore(from) ? from : start, end.isAfter(to) ? to : end);
                if (piece.isEmpty()) {
                    continue;
                }
                int last = found.size() - 1;
                if (last >= 0 && found.get(last).end().equals(piece.start())) {
                    found.set(last, new TimeWindow(found.get(last).start(), piece.end()));
                } else {
                    found.add(piece);
                }
            }
            if (chunk.to > lastSecond) {
                return List.copyOf(found);
            }
            chunk = chunkOf(chunk.to);
            window = 0;
        }
    }

    private WindowChunk chunkOf(long epochSecond) {
        long id = epochSecond >> CHUNK_BITS;
        int slot = (int) (id - firstChunk);
        if (slot < 0 || slot >= chunks.length()) {
            throw new IllegalArgumentException("business time beyond the supported range of "
                    + Instant.ofEpochSecond(earliest) + " to " + Instant.ofEpochSecond(latest));
        }
        WindowChunk chunk = chunks.get(slot);
        if (chunk == null) {
            WindowChunk built = WindowChunk.build(id << CHUNK_BITS, (id + 1) << CHUNK_BITS, wallClock, hoursOn);
            chunk = chunks.compareAndExchange(slot, null, built);
            if (chunk == null) {
                chunk = built;
            }
        }
        return chunk;
    }

    private Instant requireSupported(Instant t) {
        long second = t.getEpochSecond();
        if (second < earliest || second > latest || (second == latest && t.getNano() > 0)) {
            throw new IllegalArgumentException(t + " is outside the supported range of "
                    + Instant.ofEpochSecond(earliest) + " to " + Instant.ofEpochSecond(latest));
        }
        return t;
    }
}
