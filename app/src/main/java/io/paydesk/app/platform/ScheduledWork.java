package io.paydesk.app.platform;

import java.time.Instant;

/** The host-neutral work behind a {@link PaydeskJob}: Jira's job runner and the sandbox's scheduler both call it. */
public interface ScheduledWork {

    PaydeskJob job();

    /** Does the work due at {@code now}, in bounded batches. */
    JobSummary run(Instant now);
}
