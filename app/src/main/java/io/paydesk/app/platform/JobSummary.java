package io.paydesk.app.platform;

/** What one run of a scheduled job did, in one line for the host's job history and log (never a card number). */
public interface JobSummary {

    String text();
}
