package io.paydesk.app.dispute;

import io.paydesk.app.platform.JobSummary;
import io.paydesk.app.platform.PaydeskJob;
import io.paydesk.app.platform.ScheduledWork;
import io.paydesk.core.dispute.lifecycle.ClosedDispute;
import io.paydesk.core.dispute.lifecycle.StageEntry;
import io.paydesk.core.dispute.store.DisputeRecord;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dispute deadline job, host-neutral: every open dispute whose time limit passed in its partner bank's
 * date gets what the scheme's rules make of it ({@code DisputeDesk#sweepPassedDeadlines}), which is stored
 * in the dispute and shown in the panel's timeline. One INFO line per dispute: issue id, the stage whose
 * limit passed and the outcome; never a card number.
 *
 * <p>Runs in batches of {@value #BATCH} read from the next-due index, until a batch changes nothing or
 * {@value #MAX_BATCHES} batches ran (the rest waits for the next run).
 */
@Named
public class DisputeDeadlineJob implements ScheduledWork {

    static final int BATCH = 100;
    static final int MAX_BATCHES = 50;

    private static final Logger LOG = LoggerFactory.getLogger(DisputeDeadlineJob.class);

    private final Disputes disputes;

    @Inject
    public DisputeDeadlineJob(Disputes disputes) {
        this.disputes = disputes;
    }

    /** How many disputes passed their time limit, how many of them closed, in how many batches; {@code more} when the run stopped at its cap. */
    public record Summary(int changed, int closed, int batches, boolean more) implements JobSummary {
        @Override
        public String text() {
            return changed + " dispute(s) past their time limit: " + closed + " closed, " + (changed - closed)
                    + " moved on, in " + batches + " batch(es)" + (more ? "; more left for the next run" : "");
        }
    }

    @Override
    public PaydeskJob job() {
        return PaydeskJob.DISPUTE_DEADLINES;
    }

    @Override
    public Summary run(Instant now) {
        var desk = disputes.deskAt(Clock.fixed(now, ZoneOffset.UTC));
        int changed = 0;
        int closed = 0;
        int batches = 0;
        boolean more = false;
        while (true) {
            if (batches == MAX_BATCHES) {
                more = true;
                break;
            }
            List<DisputeRecord> batch = desk.sweepPassedDeadlines(BATCH);
            batches++;
            if (batch.isEmpty()) {
                break;
            }
            for (DisputeRecord record : batch) {
                changed++;
                if (record.dispute() instanceof ClosedDispute) {
                    closed++;
                }
                LOG.info("Paydesk dispute deadline passed: {}", line(record));
            }
        }
        return new Summary(changed, closed, batches, more);
    }

    /** Issue id, the stage whose time limit passed, and what came of it. */
    static String line(DisputeRecord record) {
        List<StageEntry> stages = record.dispute().track().stages();
        if (record.dispute() instanceof ClosedDispute closed) {
            return "issue " + record.issueId() + ", stage " + closed.stage() + ", outcome " + closed.outcome()
                    + " on " + closed.closedOn();
        }
        StageEntry passed = stages.size() > 1 ? stages.get(stages.size() - 2) : stages.getLast();
        return "issue " + record.issueId() + ", stage " + passed.stage() + ", outcome moved to " + record.dispute().stage()
                + " on " + stages.getLast().enteredOn();
    }
}
