package io.paydesk.app.dispute.rules;

/** One deadline rule as the administration page shows it, every selector in words. */
public record DeadlineRuleRow(String id, String scheme, String stage, String reason, String region, String channel,
                              int days, String count, String from, String source) {
}
