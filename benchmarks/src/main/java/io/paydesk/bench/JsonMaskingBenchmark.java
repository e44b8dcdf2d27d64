package io.paydesk.bench;

import io.paydesk.core.card.JsonStringMasking;
import io.paydesk.core.card.PanRedactor;
import java.util.ArrayList;
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
 * The servlet filter's cost on Jira's issue REST API: masking card numbers inside the string literals of 1,000
 * issue-edit JSON bodies (each a ticket text as the description and a comment, with fields around them, about
 * 1 KB), with Paydesk's {@link JsonStringMasking}, against {@link PanRedactor} run over the raw body text as the
 * reference, in the same run. The reference is only a yardstick: over raw JSON it would miss a digit written as an
 * escape.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class JsonMaskingBenchmark {

    private List<String> bodies;

    @Setup
    public void corpus() {
        bodies = new ArrayList<>();
        for (String ticket : TicketCorpus.tickets(1_000, 7)) {
            String text = ticket.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
            bodies.add("{\"fields\":{\"summary\":\"" + (text.length() > 60 ? text.substring(0, 60) : text)
                    + "\",\"description\":\"" + text + "\",\"customfield_10210\":\"LP-0012345\","
                    + "\"customfield_10211\":1500,\"customfield_10212\":{\"value\":\"Missing accrual\"},"
                    + "\"customfield_10213\":\"2026-11-01\"},\"update\":{\"comment\":[{\"add\":{\"body\":\""
                    + text + "\"}}]},\"properties\":[{\"key\":\"paydesk\",\"value\":{\"partner\":\"3\"}}]}");
        }
    }

    @Benchmark
    public void paydeskJsonMasking(Blackhole sink) {
        for (String body : bodies) {
            sink.consume(JsonStringMasking.mask(body));
        }
    }

    @Benchmark
    public void rawTextReference(Blackhole sink) {
        for (String body : bodies) {
            sink.consume(PanRedactor.redact(body));
        }
    }
}
