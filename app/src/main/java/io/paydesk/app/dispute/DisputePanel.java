package io.paydesk.app.dispute;

import io.paydesk.app.platform.MomentText;
import io.paydesk.app.platform.RefusalText;
import io.paydesk.app.platform.Texts;
import io.paydesk.app.sla.SlaClocks;
import io.paydesk.app.sla.SlaPanel;
import io.paydesk.core.common.Outcome;
import io.paydesk.core.common.Refusal;
import io.paydesk.core.dispute.deadline.DayCount;
import io.paydesk.core.dispute.deadline.DeadlineAnchor;
import io.paydesk.core.dispute.deadline.FirstToBite;
import io.paydesk.core.dispute.deadline.StageDeadline;
import io.paydesk.core.dispute.evidence.EvidenceCatalogue;
import io.paydesk.core.dispute.evidence.EvidenceChecklist;
import io.paydesk.core.dispute.evidence.EvidenceItem;
import io.paydesk.core.dispute.lifecycle.ClosedDispute;
import io.paydesk.core.dispute.lifecycle.Dispute;
import io.paydesk.core.dispute.lifecycle.DisputeActions;
import io.paydesk.core.dispute.lifecycle.OpenDispute;
import io.paydesk.core.dispute.lifecycle.StageEntry;
import io.paydesk.core.dispute.store.DisputeRecord;
import io.paydesk.core.dispute.transaction.TransactionReference;
import io.paydesk.core.money.Money;
import io.paydesk.core.request.RequestSnapshot;
import io.paydesk.core.sla.RequestSla;
import io.paydesk.core.sla.SlaSubject;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Builds the dispute panel of a request: the stage timeline, the time limit that bites next with the days
 * left in the partner's calendar, the reason code explained, the evidence checklist with what is missing,
 * and the money. Host-neutral: Jira's context provider and the sandbox both call it.
 */
@Named
public class DisputePanel {

    /** Days left at or under which a time limit is flagged as close. */
    static final int SOON_DAYS = 7;

    private final Disputes disputes;
    private final SlaClocks slaClocks;
    private final Clock clock;

    @Inject
    public DisputePanel(Disputes disputes, SlaClocks slaClocks) {
        this(disputes, slaClocks, Clock.systemUTC());
    }

    public DisputePanel(Disputes disputes, SlaClocks slaClocks, Clock clock) {
        this.disputes = disputes;
        this.slaClocks = slaClocks;
        this.clock = clock;
    }

    /**
     * The panel of the request with id {@code issueId}; {@code agent} decides whether the steps an agent may
     * record are offered. The request's SLA clocks say whether one of them bites before the scheme does.
     */
    public DisputeView view(long issueId, RequestSnapshot request, boolean agent, List<Refusal> refusals, Locale viewer,
                            Texts texts) {
        Optional<DisputeRecord> found = disputes.records().find(issueId);
        if (found.isEmpty()) {
            return DisputeView.none();
        }
        DisputeRecord record = found.get();
        Dispute dispute = record.dispute();
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(viewer);
        TransactionReference tx = dispute.facts().transaction();
        LocalDate partnerToday = LocalDate.now(clock.withZone(record.zone()));

        Optional<StageDeadline> next = dispute instanceof OpenDispute open ? open.deadline() : Optional.empty();
        long daysLeft = next.map(d -> d.daysLeft(partnerToday)).orElse(0L);
        List<DisputeActionChoice> actions = agent && dispute instanceof OpenDispute open
                ? DisputeActions.available(open).stream()
                        .map(a -> new DisputeActionChoice(a.name(), texts.get(a.nameKey()), a.recovers())).toList()
                : List.of();

        EvidenceChecklist checklist = disputes.evidence().checklist(dispute.facts().reason());
        List<DisputeEvidenceRow> evidence = new ArrayList<>();
        checklist.required().forEach(item -> evidence.add(evidenceRow(item, true, record, texts)));
        checklist.optional().forEach(item -> evidence.add(evidenceRow(item, false, record, texts)));
        int missing = checklist.review(record.evidence()).missing().size();

        return new DisputeView(
                true,
                dispute.facts().scheme().name(),
                dispute.facts().reason().code(),
                texts.get(dispute.facts().reason().descriptionKey()),
                texts.get(dispute.facts().reason().category().nameKey()),
                record.card().map(c -> c.grouped()).orElse(""),
                money(dispute.facts().disputedAmount(), viewer),
                tx.merchantName(),
                tx.transactionDate().format(dates),
                tx.arn().map(Object::toString).orElse(""),
                tx.rrn().map(Object::toString).orElse(""),
                dispute instanceof OpenDispute,
                texts.get(dispute.stage().nameKey()),
                dispute instanceof ClosedDispute closed ? texts.get(closed.outcome().nameKey()) + " · "
                        + closed.closedOn().format(dates) : "",
                dispute instanceof OpenDispute open ? texts.get(open.waitingFor().nameKey()) : "",
                next.isPresent(),
                next.map(d -> texts.get(d.stage().nameKey())).orElse(""),
                next.map(d -> d.dueOn().format(dates)).orElse(""),
                daysLeft,
                next.map(d -> daysLeftText(daysLeft, texts)).orElse(""),
                next.map(d -> daysLeft < 0 ? "passed" : daysLeft == 0 ? "today" : daysLeft <= SOON_DAYS ? "soon" : "ok")
                        .orElse(""),
                next.map(d -> basis(d, dates, texts)).orElse(""),
                next.isPresent() ? firstToBite(next, record, request, viewer, texts) : "",
                dispute.track().stages().stream().map(entry -> row(entry, dates, texts)).toList(),
                evidence,
                missing,
                money(dispute.money().provisionalCredit(), viewer),
                money(dispute.money().recovered(), viewer),
                money(dispute.money().writtenOff(), viewer),
                money(dispute.money().outstanding(), viewer),
                actions,
                refusals.stream().map(r -> RefusalText.of(r, texts)).toList());
    }


    /** Which clock bites first, the scheme's or an SLA goal's; empty when the SLA clocks cannot be read. */
    private String firstToBite(Optional<StageDeadline> next, DisputeRecord record, RequestSnapshot request, Locale viewer,
                               Texts texts) {
        Instant now = clock.instant();
        if (!(slaClocks.at(SlaSubject.of(request), now) instanceof Outcome.Accepted<RequestSla> sla)) {
            return "";
        }
        return FirstToBite.of(next, record.zone(), sla.value(), now)
                .map(first -> first.goal()
                        .map(goal -> texts.get("paydesk.panel.dispute.bitesFirst.sla", texts.get(SlaPanel.goalKey(goal)),
                                new MomentText(viewer).at(first.at(), record.zone())))
                        .orElseGet(() -> texts.get("paydesk.panel.dispute.bitesFirst.scheme")))
                .orElse("");
    }

    private static DisputeEvidenceRow evidenceRow(EvidenceItem item, boolean required, DisputeRecord record, Texts texts) {
        return new DisputeEvidenceRow(item.id(), texts.get(item.nameKey()), required, record.evidence().contains(item));
    }

    private static DisputeStageRow row(StageEntry entry, DateTimeFormatter dates, Texts texts) {
        return new DisputeStageRow(texts.get(entry.stage().nameKey()), entry.enteredOn().format(dates),
                texts.get(entry.filedBy().nameKey()), entry.timeLimit().dueOn().format(dates));
    }

    /**
     * How the time limit was computed: days, calendar or business, counted from what, rule and rule-book version;
     * for business days also which days counted: the partner's calendar by name, or Monday to Friday because the
     * partner had no calendar set when the limit was computed.
     */
    private static String basis(StageDeadline deadline, DateTimeFormatter dates, Texts texts) {
        DeadlineAnchor anchor = deadline.anchor();
        String from = anchor.stage().map(s -> texts.get(anchor.nameKey(), texts.get(s.nameKey())))
                .orElseGet(() -> texts.get(anchor.nameKey()));
        String key = deadline.count() == DayCount.CALENDAR ? "paydesk.panel.dispute.basis"
                : deadline.businessCalendar().isPresent() ? "paydesk.panel.dispute.basis.partnerCalendar"
                : "paydesk.panel.dispute.basis.mondayToFriday";
        return texts.get(key, deadline.days(), texts.get(deadline.count().nameKey()), from,
                deadline.countedFrom().format(dates), deadline.ruleId(), deadline.version().toString(),
                deadline.businessCalendar().orElse(""));
    }

    private static String daysLeftText(long daysLeft, Texts texts) {
        if (daysLeft < 0) {
            return texts.get("paydesk.panel.dispute.daysOverdue", -daysLeft);
        }
        if (daysLeft == 0) {
            return texts.get("paydesk.panel.dispute.dueToday");
        }
        return texts.get("paydesk.panel.dispute.daysLeft", daysLeft);
    }

    static String money(Money money, Locale viewer) {
        NumberFormat format = NumberFormat.getNumberInstance(viewer);
        int digits = Math.max(money.currency().getDefaultFractionDigits(), 0);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(money.amount()) + " " + money.currency().getCurrencyCode();
    }
}
