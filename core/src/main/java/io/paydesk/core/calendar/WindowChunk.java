package io.paydesk.core.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The working windows of a calendar inside one fixed stretch of the timeline, {@code [from, to)} in
 * epoch seconds, with the business time before each window: what makes "business time before t" one
 * binary search. Windows are sorted, non-empty, never touch (touching ones are merged) and are clipped to
 * the stretch. Immutable.
 */
final class WindowChunk {

    static final long NANOS_PER_SECOND = 1_000_000_000L;

    final long from;
    final long to;
    private final long[] starts;
    private final long[] ends;
    /** Business seconds inside this chunk before window {@code i} starts. */
    private final long[] before;
    private final long totalSeconds;

    private WindowChunk(long from, long to, long[] starts, long[] ends, int size) {
        this.from = from;
        this.to = to;
        this.starts = Arrays.copyOf(starts, size);
        this.ends = Arrays.copyOf(ends, size);
        this.before = new long[size];
        long sum = 0;
        for (int i = 0; i < size; i++) {
            before[i] = sum;
            sum += this.ends[i] - this.starts[i];
        }
        this.totalSeconds = sum;
    }

    /**
     * Builds the windows of every local date that can reach into {@code [from, to)}: each working
     * interval of the date, with both ends turned into moments by {@link WallClock}.
     */
    static WindowChunk build(long from, long to, WallClock wallClock,
            Function<LocalDate, List<WorkingHours>> hoursOn) {
        // UTC offsets stay within ±18 h, so a local date's windows lie within a day of that date in UTC:
        // two extra days on each side reach every window that can touch the chunk.
        LocalDate firstDay = LocalDate.ofInstant(Instant.ofEpochSecond(from), ZoneOffset.UTC).minusDays(2);
        LocalDate lastDay = LocalDate.ofInstant(Instant.ofEpochSecond(to), ZoneOffset.UTC).plusDays(2);
        int capacity = 64;
        long[] starts = new long[capacity];
        long[] ends = new long[capacity];
        int size = 0;
        for (LocalDate day = firstDay; !day.isAfter(lastDay); day = day.plusDays(1)) {
            for (WorkingHours hours : hoursOn.apply(day)) {
                long start = Math.max(from, wallClock.epochSecond(hours.startOn(day)));
                long end = Math.min(to, wallClock.epochSecond(hours.endOn(day)));
                if (start >= end) {
                    continue;
                }
                if (size > 0 && ends[size - 1] >= start) {
                    ends[size - 1] = Math.max(ends[size - 1], end);
                    continue;
                }
                if (size == capacity) {
                    capacity *= 2;
                    starts = Arrays.copyOf(starts, capacity);
                    ends = Arrays.copyOf(ends, capacity);
                }
                starts[size] = start;
                ends[size] = end;
                size++;
            }
        }
        return new WindowChunk(from, to, starts, ends, size);
    }

    long totalSeconds() {
        return totalSeconds;
    }

    long totalNanos() {
        return totalSeconds * NANOS_PER_SECOND;
    }

    int size() {
        return starts.length;
    }

    long start(int window) {
        return starts[window];
    }

    long end(int window) {
        return ends[window];
    }

    /** Business time in this chunk before the moment {@code second + nano}, in nanoseconds. */
    long positionNanos(long second, int nano) {
        int i = lastStartingAtOrBefore(second);
        if (i < 0) {
            return 0;
        }
        if (second < ends[i]) {
            return (before[i] + second - starts[i]) * NANOS_PER_SECOND + nano;
        }
        return (before[i] + ends[i] - starts[i]) * NANOS_PER_SECOND;
    }

    /** Whether the moment {@code second} (and any nanoseconds after it) is business time. */
    boolean isOpen(long second) {
        int i = lastStartingAtOrBefore(second);
        return i >= 0 && second < ends[i];
    }

    /** The first window that ends after {@code second}, or {@link #size()} when none does. */
    int firstEndingAfter(long second) {
        int low = 0;
        int high = starts.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (ends[mid] <= second) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /**
     * The earliest moment at which {@code position} nanoseconds of this chunk's business time have
     * passed, for {@code 0 < position <= total}: it ends a stretch of work, so it may be a window's end.
     */
    Instant earliestAt(long position) {
        int low = 0;
        int high = starts.length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if ((before[mid] + ends[mid] - starts[mid]) * NANOS_PER_SECOND < position) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return Instant.ofEpochSecond(starts[low], position - before[low] * NANOS_PER_SECOND);
    }

    /**
     * The latest moment at which exactly {@code position} nanoseconds of this chunk's business time have
     * passed, for {@code 0 <= position < total}: it begins a stretch of work, so it may be a window's start.
     */
    Instant latestAt(long position) {
        int low = 0;
        int high = starts.length - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (before[mid] * NANOS_PER_SECOND <= position) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return Instant.ofEpochSecond(starts[low], position - before[low] * NANOS_PER_SECOND);
    }

    private int lastStartingAtOrBefore(long second) {
        int low = 0;
        int high = starts.length - 1;
        int found = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (starts[mid] <= second) {
                found = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return found;
    }
}
