package io.paydesk.core.dispute.desk;

import io.paydesk.core.card.MaskedCardNumber;
import io.paydesk.core.card.PanRedactor;
import io.paydesk.core.common.Outcome;
import io.paydesk.core.common.Refusal;
import io.paydesk.core.dispute.DisputeIntake;
import io.paydesk.core.dispute.DisputeMessageKeys;
import io.paydesk.core.dispute.TypedDispute;
import io.paydesk.core.dispute.deadline.BusinessCalendars;
import io.paydesk.core.dispute.deadline.BusinessDayCalendar;
import io.paydesk.core.dispute.deadline.DeadlineRuleBooks;
import io.paydesk.core.dispute.deadline.Geography;
import io.paydesk.core.dispute.evidence.EvidenceCatalogue;
import io.paydesk.core.dispute.lifecycle.ClosedDispute;
import io.paydesk.core.dispute.lifecycle.Dispute;
import io.paydesk.core.dispute.lifecycle.DisputeAction;
import io.paydesk.core.dispute.lifecycle.DisputeActions;
import io.paydesk.core.dispute.lifecycle.DisputeCase;
import io.paydesk.core.dispute.lifecycle.DisputeFiling;
import io.paydesk.core.dispute.lifecycle.OpenDispute;
import io.paydesk.core.dispute.lifecycle.StageRules;
import io.paydesk.core.dispute.scheme.SchemeCatalogue;
import io.paydesk.core.dispute.store.DisputeRecord;
import io.paydesk.core.dispute.store.DisputeRecords;
import io.paydesk.core.dispute.store.DueCursor;
import io.paydesk.core.dispute.transaction.TypedTransaction;
import io.paydesk.core.money.Money;
import io.paydesk.core.partner.PartnerBank;
import io.paydesk.core.partner.PartnerId;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Use cases on the dispute behind a request: a partner bank raises it, an agent records what happened,
 * and the deadline job closes or moves on disputes whose time limit passed with nobody acting. Every card
 * number typed into any field is masked before anything is checked, stored or echoed back. Time limits in
 * business days count on the partner bank's calendar ({@link BusinessCalendars}), read when a limit is
 * computed; a limit once computed is stored with the calendar it counted on and never moves.
 */
public final class DisputeDesk {

    /** Field names used in refusals besides those of {@link TypedDispute} and {@link TypedTransaction}. */
    public static final String CARD_FIELD = "card";
    public static final String ISSUE_FIELD = "issue";
    public static final String DATE_FIELD = "date";
    public static final String RECOVERED_FIELD = "recovered";
    public static final String EVIDENCE_FIELD = "evidence";

    private final SchemeCatalogue catalogue;
    private final EvidenceCatalogue evidence;
    private final DeadlineRuleBooks books;
    private final BusinessCalendars calendars;
    private final DisputeRecords records;
    private final Clock clock;

    public DisputeDesk(SchemeCatalogue catalogue, EvidenceCatalogue evidence, DeadlineRuleBooks books,
            BusinessCalendars calendars, DisputeRecords records, Clock clock) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.evidence = Objects.requireNonNull(evidence, "evidence");
        this.books = Objects.requireNonNull(books, "books");
        this.calendars = Objects.requireNonNull(calendars, "calendars");
        this.records = Objects.requireNonNull(records, "records");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Checks what partner bank {@code partner} typed for a new dispute, filed today in the partner's zone, its
     * first time limit counted on the partner's calendar: refused with every wrong field named. Nothing is
     * stored; {@link #open} stores it once the host has created the request.
     */
    public Outcome<NewDispute> check(TypedDispute typed, String typedCard, Geography geography, PartnerBank partner) {
        Objects.requireNonNull(typed, "typed");
        Objects.requireNonNull(geography, "geography");
        Objects.requireNonNull(partner, "partner");
        StageRules rules = rulesFor(Optional.of(partner.id()), partner.zone());
        List<Refusal> refusals = new ArrayList<>();
        Optional<MaskedCardNumber> card = accept(MaskedCardNumber.fromTyped(CARD_FIELD, typedCard), refusals);
        Optional<DisputeCase> facts = accept(new DisputeIntake(catalogue, rules.clock()).check(masked(typed), geography),
                refusals);
        if (!refusals.isEmpty()) {
            return Outcome.refused(refusals);
        }
        Money none = Money.ofMinor(facts.orElseThrow().disputedAmount().currency(), 0);
        return DisputeFiling.file(facts.orElseThrow(), rules.today(), none, rules)
                .map(filed -> new NewDispute(partner.id(), partner.zone(), card.orElseThrow(), filed));
    }

    /** Stores a checked dispute as the dispute of request {@code issueId}; refused when it already has one. */
    public Outcome<DisputeRecord> open(long issueId, NewDispute checked) {
        Objects.requireNonNull(checked, "checked");
        if (records.find(issueId).isPresent()) {
            return Outcome.refused(Refusal.of(ISSUE_FIELD, Long.toString(issueId), DisputeMessageKeys.DISPUTE_EXISTS));
        }
        DisputeRecord record = new DisputeRecord(issueId, Optional.of(checked.partner()), checked.zone(),
                Optional.of(checked.card()), checked.dispute(), Set.of());
        records.save(record);
        return Outcome.accepted(record);
    }

    /** {@link #check} then {@link #open}, for a host that already has the request. */
    public Outcome<DisputeRecord> raise(long issueId, TypedDispute typed, String typedCard, Geography geography,
            PartnerBank partner) {
        return switch (check(typed, typedCard, geography, partner)) {
            case Outcome.Accepted<NewDispute> ok -> open(issueId, ok.value());
            case Outcome.Refused<NewDispute> refused -> Outcome.refused(refused.refusals());
        };
    }

    /** Replaces the evidence the issuer holds with {@code typedIds} (ids of the evidence catalogue). */
    public Outcome<DisputeRecord> holdEvidence(long issueId, Collection<String> typedIds) {
        Optional<DisputeRecord> found = records.find(issueId);
        if (found.isEmpty()) {
            return Outcome.refused(Refusal.of(ISSUE_FIELD, Long.toString(issueId), DisputeMessageKeys.DISPUTE_NOT_FOUND));
        }
        return evidence.items(EVIDENCE_FIELD, typedIds).map(items -> {
            DisputeRecord updated = found.get().withEvidence(items);
            records.save(updated);
            return updated;
        });
    }

    /**
     * Records {@code typedAction} on the dispute of {@code issueId}, dated {@code typedDate} (ISO; today in the
     * partner's zone when blank), with the amount recovered for an action that brings money back (blank: all
     * that is outstanding). Nothing is stored when refused.
     */
    public Outcome<DisputeRecord> act(long issueId, String typedAction, String typedDate, String typedRecovered) {
        Outcome<DisputeRecord> checked = checkAct(issueId, typedAction, typedDate, typedRecovered);
        if (checked instanceof Outcome.Accepted<DisputeRecord> ok) {
            records.save(ok.value());
        }
        return checked;
    }

    /**
     * What {@link #act} would record, refused for the same reasons, but nothing is stored: a workflow validator
     * asks this before a transition, so a step the scheme refuses never moves the request.
     */
    public Outcome<DisputeRecord> checkAct(long issueId, String typedAction, String typedDate, String typedRecovered) {
        Optional<DisputeRecord> found = records.find(issueId);
        if (found.isEmpty()) {
            return Outcome.refused(Refusal.of(ISSUE_FIELD, Long.toString(issueId), DisputeMessageKeys.DISPUTE_NOT_FOUND));
        }
        DisputeRecord record = found.get();
        if (record.dispute() instanceof ClosedDispute closed) {
            return Outcome.refused(Refusal.of(ISSUE_FIELD, Long.toString(issueId), DisputeMessageKeys.DISPUTE_CLOSED,
                    closed.outcome().nameKey()));
        }
        OpenDispute open = (OpenDispute) record.dispute();
        StageRules rules = rulesFor(record);
        List<Refusal> refusals = new ArrayList<>();
        Optional<DisputeAction> action = DisputeAction.byName(typedAction);
        if (action.isEmpty()) {
            refusals.add(Refusal.of(DisputeActions.ACTION_FIELD, safe(typedAction), DisputeMessageKeys.ACTION_UNKNOWN));
        }
        Optional<LocalDate> date = Optional.of(rules.today());
        if (typedDate != null && !typedDate.isBlank()) {
            try {
                date = Optional.of(LocalDate.parse(typedDate.strip()));
            } catch (DateTimeParseException e) {
                date = Optional.empty();
                refusals.add(Refusal.of(DATE_FIELD, safe(typedDate), DisputeMessageKeys.DATE_FORMAT));
            }
        }
        Optional<Money> recovered = Optional.empty();
        if (typedRecovered != null && !typedRecovered.isBlank()) {
            String currency = open.facts().disputedAmount().currency().getCurrencyCode();
            recovered = accept(Money.parse(RECOVERED_FIELD, safe(typedRecovered), RECOVERED_FIELD, currency), refusals);
        }
        if (!refusals.isEmpty()) {
            return Outcome.refused(refusals);
        }
        return DisputeActions.apply(open, action.orElseThrow(), date.orElseThrow(), recovered, rules).map(record::with);
    }

    /**
     * One batch of the deadline job: every open dispute whose time limit has passed in its partner's zone gets
     * what the scheme's rules make of it ("no response received": won; the issuer missed its turn: expired). It
     * reads at most {@code limit} disputes from the next-due index, after {@code after}; a dispute whose limit has
     * not passed yet in its partner's date is left for a later run, and one the rules refuse is reported as stuck
     * with the reasons. Neither hides the disputes behind it: the next batch starts where this one stopped.
     */
    public DeadlineSweep sweepPassedDeadlines(Optional<DueCursor> after, int limit) {
        // The latest "today" anywhere on Earth: no zone has passed a limit that ends after yesterday there.
        LocalDate latestYesterday = LocalDate.now(clock.withZone(ZoneOffset.MAX)).minusDays(1);
        List<DisputeRecord> read = records.dueOnOrBefore(latestYesterday, after, limit);
        List<DisputeRecord> changed = new ArrayList<>();
        List<DeadlineSweep.Stuck> stuck = new ArrayList<>();
        for (DisputeRecord record : read) {
            if (!(record.dispute() instanceof OpenDispute open)) {
                continue;
            }
            switch (open.deadlinePassed(rulesFor(record))) {
                case Outcome.Accepted<Dispute> next -> {
                    DisputeRecord updated = record.with(next.value());
                    records.save(updated);
                    changed.add(updated);
                }
                case Outcome.Refused<Dispute> refused -> {
                    if (refused.refusals().stream()
                            .anyMatch(r -> !r.reasonKey().equals(DisputeMessageKeys.DEADLINE_NOT_PASSED))) {
                        stuck.add(new DeadlineSweep.Stuck(record, refused.refusals()));
                    }
                }
            }
        }
        Optional<DueCursor> next = read.size() < limit ? Optional.empty()
                : Optional.of(DueCursor.after(read.getLast()));
        return new DeadlineSweep(changed, stuck, next);
    }

    /** The rules a stored dispute is judged by today: see {@link #rulesFor(Optional, ZoneId)}. */
    public StageRules rulesFor(DisputeRecord record) {
        return rulesFor(record.partner(), record.zone());
    }

    /**
     * The rules a partner's dispute is judged by today: the current rule book, the partner's calendar as it is
     * now (Monday to Friday for a dispute with no partner recorded) and the partner's date.
     */
    public StageRules rulesFor(Optional<PartnerId> partner, ZoneId partnerZone) {
        BusinessDayCalendar businessDays = partner.map(calendars::forPartner).orElse(BusinessDayCalendar.mondayToFriday());
        return new StageRules(books.current(), Objects.requireNonNull(businessDays, "businessDays"),
                clock.withZone(partnerZone));
    }

    /** The typed dispute with every card number in it masked, so no refusal or stored field can carry one. */
    private static TypedDispute masked(TypedDispute typed) {
        TypedTransaction t = typed.transaction();
        TypedTransaction safeTransaction = t == null ? null : new TypedTransaction(safe(t.rrn()), safe(t.arn()),
                safe(t.authorizationCode()), safe(t.transactionDate()), safe(t.settlementDate()),
                safe(t.merchantName()), safe(t.mcc()), t.atm());
        return new TypedDispute(safe(typed.scheme()), safe(typed.reasonCode()), safe(typed.amount()),
                safe(typed.currency()), safe(typed.expectedServiceDate()), safeTransaction);
    }

    private static String safe(String typed) {
        return PanRedactor.redact(typed);
    }

    private static <T> Optional<T> accept(Outcome<T> outcome, List<Refusal> refusals) {
        return switch (outcome) {
            case Outcome.Accepted<T> ok -> Optional.of(ok.value());
            case Outcome.Refused<T> refused -> {
                refusals.addAll(refused.refusals());
                yield Optional.empty();
            }
        };
    }
}
