package io.paydesk.bench.calendar;

import io.paydesk.core.calendar.BusinessCalendar;
import io.paydesk.core.calendar.MinuteSteppingCalendar;
import java.time.LocalTime;
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
 * Evaluating partner SLA clocks (done for every open request on every panel view and by the breach job)
 * on a Warsaw calendar, 09:00–17:00 Monday to Friday with Poland's holidays for 2025–2027: Paydesk's
 * {@link BusinessCalendar} against the minute-stepping reference, in the same run. Scores are
 * evaluations per second (each invocation evaluates {@value #CASES} requests).
 *
 * <ul>
 *   <li>{@code remaining*}: time left = goal − business time from start to now;</li>
 *   <li>{@code breached*}: due = start + goal in business time, compared with now.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SlaRemainingTimeBenchmark {

    static final int CASES = 256;

    private BusinessCalendar calendar;
    private MinuteSteppingCalendar reference;
    private SlaCase[] cases;

    @Setup
    public void partnerCalendar() {
        calendar = warsawPartnerCalendar();
        reference = new MinuteSteppingCalendar(calendar);
        cases = SlaCase.random(CASES, 42, calendar.zone());
    }

    static BusinessCalendar warsawPartnerCalendar() {
        return BusinessCalendar.inZone("Europe/Warsaw")
                .mondayToFriday(LocalTime.of(9, 0), LocalTime.of(17, 0))
                .holidays(PolishHolidays.of(2025, 2027))
                .build().orElseThrow();
    }

    @Benchmark
    @OperationsPerInvocation(CASES)
    public void remainingPaydesk(Blackhole sink) {
        for (SlaCase sla : cases) {
            sink.consume(sla.goal().minus(calendar.within(sla.start(), sla.now())));
        }
    }

    @Benchmark
    @OperationsPerInvocation(CASES)
    public void remainingMinuteStepping(Blackhole sink) {
        for (SlaCase sla : cases) {
            sink.consume(sla.goal().minus(reference.within(sla.start(), sla.now())));
        }
    }

    @Benchmark
    @OperationsPerInvocation(CASES)
    public void breachedPaydesk(Blackhole sink) {
        for (SlaCase sla : cases) {
            sink.consume(calendar.after(sla.start(), sla.goal()).isBefore(sla.now()));
        }
    }

    @Benchmark
    @OperationsPerInvocation(CASES)
    public void breachedMinuteStepping(Blackhole sink) {
        for (SlaCase sla : cases) {
            sink.consume(reference.after(sla.start(), sla.goal()).isBefore(sla.now()));
        }
    }
}
