package io.paydesk.bench;

import io.paydesk.core.card.PanRedactor;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Masking card numbers in 1,000 ticket texts (every text a request carries is scanned before it is
 * stored): Paydesk's {@link PanRedactor} against the regular-expression reference, in the same run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PanRedactionBenchmark {

    private List<String> tickets;

    @Setup
    public void corpus() {
        tickets = TicketCorpus.tickets(1_000, 42);
    }

    @Benchmark
    public void paydeskRedactor(Blackhole sink) {
        for (String ticket : tickets) {
            sink.consume(PanRedactor.redact(ticket));
        }
    }

    @Benchmark
    public void regexReference(Blackhole sink) {
        for (String ticket : tickets) {
            sink.consume(RegexPanRedactor.redact(ticket));
        }
    }
}
