package io.paydesk.app.dispute;

import io.paydesk.app.platform.JobSummary;
import io.paydesk.app.platform.PaydeskJob;
import io.paydesk.app.platform.ScheduledWork;
import io.paydesk.core.dispute.desk.DeadlineSweep;
import io.paydesk.core.dispute.lifecycle.ClosedDispute;
import io.paydesk.core.dispute.lifecycle.StageEntry;
import io.paydesk.core.dispute.store.DisputeRecord;
import io.paydesk.core.dispute.store.DueCursor;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dispute deadline job, host-neutral: every open dispute whose time limit passed in its partner bank's
 * date gets what the scheme's rules make of it ({@code DisputeDesk#sweepPassedDeadlines}), which is stored
 * in the dispute and shown in the panel's timeline. One INFO line per dispute: issue id, the stage whose
 * limit passed and the outcome; never a card number.
 *
 * <p>Runs in batches (of {@value #BATCH}) read from the next-due index, each starting where the last stopped, until
 * the index has no more or {@value #MAX_BATCHES} batches ran (the rest waits for the next run). A dispute whose
 * scheme step is refused stays as it was and gets one WARN line with the reasons each run, so it is seen and
 * never hides the disputes behind it.
 */
@Named
public class DisputeDeadlineJob implements ScheduledWork {

    static final int BATCH = 100;
    static final int MAX_BATCHES = 50;

    private static final Logger LOG = LoggerFactory.getLogger(DisputeDeadlineJob.class);

    private final Disputes disputes;
    private final int batch;

    @Inject
    public DisputeDeadlineJob(Disputes disputes) {
        this(disputes, BATCH);
    }

    /** With batches of another size: for tests. */
    DisputeDeadlineJob(Disputes disputes, int batch) {
        this.disputes = disputes;
        this.batch = batch;
    }

    /**
     * How many disputes passed their time limit, how many of them closed, how many could not be settled, in how
     * many batches; {@code more} when the run stopped at its cap.
     */
    public record Summary(int changed, int closed, int stuck, int batches, boolean more) implements JobSummary {
        @Override
        public String text() {
            return changed + " dispute(s) past their time limit: " + closed + " closed, " + (changed - closed)
                    + " moved on, " + stuck + " refused by the scheme's rules (see the warnings), in " + batches
                    + " batch(es)" + (more ? "; more left for the next run" : "");
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
        int stuck = 0;
        int batches = 0;
        Optional<DueCursor> cursor = Optional.empty();
        do {
            if (batches == MAX_BATCHES) {
                return new Summary(changed, closed, stuck, batches, true);
            }
            DeadlineSweep sweep = desk.sweepPassedDeadlines(cursor, batch);
            batches++;
            for (DisputeRecord record : sweep.changed()) {
                changed++;
                if (record.dispute() instanceof ClosedDispute) {
                    closed++;
                }
                LOG.info("Paydesk dispute deadline passed: {}", line(record));
            }
            for (DeadlineSweep.Stuck refused : sweep.stuck()) {
                stuck++;
                LOG.warn("Paydesk dispute deadline passed but the scheme's rules refused to settle it: {}; {}",
                        line(refused.record()), reasons(refused));
            }
            cursor = sweep.next();
        } while (cursor.isPresent());
        return new Summary(changed, closed, stuck, batches, false);
    }

    /** The refusal keys with their arguments: dates, stages and rule ids, never a card number. */
    static String reasons(DeadlineSweep.Stuck stuck) {
        return stuck.reasons().stream().map(r -> r.reasonKey() + (r.arguments().isEmpty() ? ""
                : " " + r.arguments())).collect(Collectors.joining("; "));
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
