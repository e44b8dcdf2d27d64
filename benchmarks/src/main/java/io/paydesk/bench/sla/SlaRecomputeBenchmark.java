package io.paydesk.bench.sla;

import io.paydesk.core.calendar.BusinessCalendar;
import io.paydesk.core.sla.EventHistory;
import io.paydesk.core.sla.MinuteSteppingSla;
import io.paydesk.core.sla.RequestEvent;
import io.paydesk.core.sla.SlaCalendars;
import io.paydesk.core.sla.SlaGoal;
import io.paydesk.core.sla.SlaPolicy;
import io.paydesk.core.sla.SlaPolicyBook;
import io.paydesk.core.sla.SlaRequest;
import io.paydesk.core.sla.SlaTimers;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * "Recompute from history" for the whole desk: {@value #REQUESTS} requests' SLA timers rebuilt from their
 * stored events (4 to 15 each, shuffled, some delivered twice) on one thread, with 33 policies on four
 * calendars carrying three years of holidays: dedupe and sort each history, bind each cycle to its policy
 * version, compute every cycle's elapsed time, state, thresholds and next due moment.
 *
 * <ul>
 *   <li>{@code recomputeAllRequests}: the time for all {@value #REQUESTS} (target under 10 s);</li>
 *   <li>{@code perRequestPaydesk} / {@code perRequestMinuteStepping}: time per request for a sample of
 *       {@value #SAMPLE}, Paydesk against the minute-stepping reference in the same run.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = {"-Xmx2g", "-XX:+UseSerialGC"})
public class SlaRecomputeBenchmark {

    static final int REQUESTS = 100_000;
    static final int SAMPLE = 64;

    private SlaPolicyBook book;
    private SlaCalendars calendars;
    private List<SlaRequest> requests;
    private List<SlaRequest> sample;
    private MinuteSteppingSla[] references;
    private EventHistory[] sampleHistories;

    @Setup
    public void desk() {
        book = PartnerDesk.book();
        calendars = PartnerDesk.calendars();
        requests = RequestHistories.generate(REQUESTS, 42);
        sample = requests.subList(0, SAMPLE);
        references = new MinuteSteppingSla[SAMPLE];
        sampleHistories = new EventHistory[SAMPLE];
        for (int i = 0; i < SAMPLE; i++) {
            SlaRequest request = sample.get(i);
            sampleHistories[i] = EventHistory.of(request.subject().requestKey(), request.events()).orElseThrow();
            references[i] = referenceFor(book, calendars, request, sampleHistories[i]);
        }
    }

    /** The minute-stepping reference for a request: the one policy its history starts under, on that policy's calendar. */
    static MinuteSteppingSla referenceFor(SlaPolicyBook book, SlaCalendars calendars, SlaRequest request, EventHistory history) {
        RequestEvent first = history.events().get(0);
        String priority = ((RequestEvent.Change.Created) first.change()).priority();
        SlaPolicy policy = book.select(request.subject(), priority, first.occurredAt()).orElseThrow();
        SlaGoal anyGoal = policy.goals().get(0);
        BusinessCalendar calendar = calendars.find(anyGoal.calendar()).orElseThrow();
        return new MinuteSteppingSla(policy, calendar);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public void recomputeAllRequests(Blackhole sink) {
        sink.consume(SlaTimers.recomputeAll(book, calendars, requests, RequestHistories.NOW));
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @OperationsPerInvocation(SAMPLE)
    public void perRequestPaydesk(Blackhole sink) {
        for (SlaRequest request : sample) {
            sink.consume(SlaTimers.recompute(book, calendars, request, RequestHistories.NOW));
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @OperationsPerInvocation(SAMPLE)
    public void perRequestMinuteStepping(Blackhole sink) {
        for (int i = 0; i < SAMPLE; i++) {
            sink.consume(references[i].evaluate(sample.get(i).events(), RequestHistories.NOW));
        }
    }
}
