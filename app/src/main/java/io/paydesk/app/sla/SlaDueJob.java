package io.paydesk.app.sla;

import io.paydesk.app.platform.JobSummary;
import io.paydesk.app.platform.PaydeskJob;
import io.paydesk.app.platform.ScheduledWork;
import io.paydesk.core.sla.SlaDueIndex;
import io.paydesk.core.sla.SlaDueSweep;
import io.paydesk.core.sla.SlaNotice;
import io.paydesk.core.sla.SlaNoticeLog;
import io.paydesk.core.sla.SlaStateIndex;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SLA due job, host-neutral: records every warning threshold and breach that fell due by {@code now}
 * ({@link SlaDueSweep}), reading only the requests the next-due index names, in batches of {@value #BATCH}
 * up to {@value #MAX_BATCHES} per run. A request whose clocks are refused is logged with the reasons and
 * tried again later. Each request it reads gets its new standings in the SLA state index, so a search by
 * SLA state sees a clock turn breached within a minute of its breach instant.
 */
@Named
public class SlaDueJob implements ScheduledWork {

    static final int BATCH = 200;
    static final int MAX_BATCHES = 25;

    private static final Logger LOG = LoggerFactory.getLogger(SlaDueJob.class);

    private final SlaDueSweep sweep;

    @Inject
    public SlaDueJob(SlaDueIndex index, SlaNoticeLog notices, SlaStateIndex states, SlaClocks clocks) {
        this(new SlaDueSweep(index, notices, states, clocks));
    }

    public SlaDueJob(SlaDueSweep sweep) {
        this.sweep = sweep;
    }

    /** Requests read, notices recorded, requests refused, entries another writer moved first, batches; {@code more} when the run stopped at its cap. */
    public record Summary(int read, int notices, int refused, int superseded, int batches, boolean more) implements JobSummary {
        @Override
        public String text() {
            return read + " request(s) due: " + notices + " SLA notice(s) recorded, " + refused + " refused, "
                    + superseded + " moved by a newer event, in " + batches + " batch(es)"
                    + (more ? "; more left for the next run" : "");
        }
    }

    @Override
    public PaydeskJob job() {
        return PaydeskJob.SLA_DUE;
    }

    @Override
    public Summary run(Instant now) {
        int read = 0;
        int notices = 0;
        int refused = 0;
        int superseded = 0;
        int batches = 0;
        SlaDueSweep.Batch batch;
        do {
            if (batches == MAX_BATCHES) {
                return new Summary(read, notices, refused, superseded, batches, true);
            }
            batch = sweep.sweep(now, BATCH);
            batches++;
            read += batch.read();
            notices += batch.emitted().size();
            refused += batch.refused().size();
            superseded += batch.superseded();
            for (SlaNotice notice : batch.emitted()) {
                LOG.debug("Paydesk SLA notice {} at {}", notice.key(), notice.at());
            }
            for (SlaDueSweep.Refused no : batch.refused()) {
                LOG.warn("Paydesk could not compute the SLA clocks of {}; trying again in {}: {}", no.requestKey(),
                        SlaDueSweep.RETRY_AFTER, no.refusals());
            }
        } while (batch.read() == BATCH);
        return new Summary(read, notices, refused, superseded, batches, false);
    }
}
