package io.paydesk.core.dispute.deadline;

import io.paydesk.core.dispute.scheme.DisputeStage;
import io.paydesk.core.dispute.scheme.SchemeId;
import java.util.Comparator;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One time limit: the last day to <em>enter</em> {@code stage} of {@code scheme}'s cycle (to file the
 * dispute, send the response, file pre-arbitration, ...) is {@code days} calendar or business days after
 * the date named by {@code from}. Selectors narrow the rule to some reason codes, a region and ATM or
 * other transactions; when several rules match, the most specific wins: region first, then reason, then
 * channel (see {@link #SPECIFICITY}). {@code source} cites where the number comes from.
 */
public record DeadlineRule(
        String id,
        SchemeId scheme,
        DisputeStage stage,
        ReasonSelector reason,
        RegionSelector region,
        ChannelSelector channel,
        int days,
        DayCount count,
        DeadlineAnchor from,
        String source) {

    public static final int MAX_DAYS = 1000;
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9.-]{0,63}");

    /** Higher is more specific: region, then reason, then channel. */
    public static final Comparator<DeadlineRule> SPECIFICITY = Comparator
            .comparingInt((DeadlineRule r) -> r.region.rank())
            .thenComparingInt(r -> r.reason.rank())
            .thenComparingInt(r -> r.channel.rank());

    public DeadlineRule {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(count, "count");
        Objects.requireNonNull(from, "from");
        if (!isRuleId(id)) {
            throw new IllegalArgumentException("not a rule id: " + id);
        }
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException("a time limit has 1 to " + MAX_DAYS + " days: " + days);
        }
        if (from.stage().filter(stage::equals).isPresent()) {
            throw new IllegalArgumentException("a stage's time limit cannot count from the stage itself");
        }
        if (stage.isOpening() && !countsFromTransaction(from)) {
            throw new IllegalArgumentException("the opening stage counts from a transaction date, not from " + from);
        }
        // The table format has no quoting: a ';' or a line break in a source would split the row.
        source = source == null ? "" : source.replace(';', ',').replaceAll("\\R", " ").strip();
        if (source.isEmpty()) {
            throw new IllegalArgumentException("rule " + id + " needs a source");
        }
    }

    /** The opening stage can only count from the transaction's own dates: no stage precedes it. */
    public static boolean countsFromTransaction(DeadlineAnchor anchor) {
        return anchor.kind() != DeadlineAnchor.Kind.PREVIOUS_STAGE && anchor.kind() != DeadlineAnchor.Kind.STAGE;
    }

    public static boolean isRuleId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    /** Two rules with the same selectors would both apply with the same specificity; a book refuses that. */
    public boolean sameSelectorsAs(DeadlineRule other) {
        return scheme.equals(other.scheme) && stage == other.stage && reason.equals(other.reason)
                && region.equals(other.region) && channel == other.channel;
    }

    public DeadlineRule withDays(int newDays) {
        return new DeadlineRule(id, scheme, stage, reason, region, channel, newDays, count, from, source);
    }

    public DeadlineRule withSource(String newSource) {
        return new DeadlineRule(id, scheme, stage, reason, region, channel, days, count, from, newSource);
    }
}
