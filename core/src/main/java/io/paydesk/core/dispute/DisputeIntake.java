package io.paydesk.core.dispute;

import io.paydesk.core.common.Outcome;
import io.paydesk.core.common.Refusal;
import io.paydesk.core.dispute.deadline.Geography;
import io.paydesk.core.dispute.lifecycle.DisputeCase;
import io.paydesk.core.dispute.scheme.CardScheme;
import io.paydesk.core.dispute.scheme.ReasonCode;
import io.paydesk.core.dispute.scheme.SchemeCatalogue;
import io.paydesk.core.dispute.transaction.TransactionReference;
import io.paydesk.core.dispute.transaction.TypedTransaction;
import io.paydesk.core.money.Money;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Use case: checks a typed dispute and names every wrong field with its reason: unknown scheme (or one
 * Paydesk has no dispute rules for yet), a reason
 * code that is not the scheme's (or retired), an amount with more decimals than its currency, bad or
 * impossible dates, a bad RRN, ARN or authorization code. The geography comes from the partner's
 * settings, not from the form.
 */
public final class DisputeIntake {

    private static final DateTimeFormatter DOTTED = DateTimeFormatter.ofPattern("dd.MM.uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private final SchemeCatalogue catalogue;
    private final Clock clock;

    /** Give the clock the partner's zone: dates in the future are refused against the partner's today. */
    public DisputeIntake(SchemeCatalogue catalogue, Clock clock) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Outcome<DisputeCase> check(TypedDispute typed, Geography geography) {
        Objects.requireNonNull(typed, "typed");
        Objects.requireNonNull(geography, "geography");
        List<Refusal> refusals = new ArrayList<>();

        Optional<CardScheme> scheme = accept(catalogue.scheme(TypedDispute.SCHEME, typed.scheme()), refusals);
        if (scheme.isPresent() && !scheme.get().hasDisputeRules()) {
            refusals.add(Refusal.of(TypedDispute.SCHEME, typed.scheme(), DisputeMessageKeys.SCHEME_NO_RULES,
                    scheme.get().name()));
            scheme = Optional.empty();
        }
        Optional<ReasonCode> reason = scheme.flatMap(s ->
                accept(catalogue.reason(TypedDispute.REASON_CODE, s, typed.reasonCode()), refusals));
        Optional<Money> amount = accept(Money.parse(TypedDispute.AMOUNT, typed.amount(), TypedDispute.CURRENCY,
                typed.currency()), refusals);
        if (amount.isPresent() && !amount.get().isPositive()) {
            refusals.add(Refusal.of(TypedDispute.AMOUNT, typed.amount(), DisputeMessageKeys.AMOUNT_NOT_POSITIVE));
        }
        Optional<TransactionReference> transaction = accept(TransactionReference.parse(
                typed.transaction() == null ? new TypedTransaction(null, null, null, null, null, null, null, false)
                        : typed.transaction(), clock), refusals);
        Optional<LocalDate> expected = Optional.empty();
        String expectedText = typed.expectedServiceDate();
        if (expectedText != null && !expectedText.isBlank()) {
            try {
                String text = expectedText.trim();
                expected = Optional.of(text.contains(".") ? LocalDate.parse(text, DOTTED) : LocalDate.parse(text));
            } catch (DateTimeParseException e) {
                refusals.add(Refusal.of(TypedDispute.EXPECTED_SERVICE_DATE, expectedText, DisputeMessageKeys.DATE_FORMAT));
            }
        }
        if (expected.isPresent() && transaction.isPresent()
                && expected.get().isBefore(transaction.get().transactionDate())) {
            refusals.add(Refusal.of(TypedDispute.EXPECTED_SERVICE_DATE, expectedText,
                    DisputeMessageKeys.EXPECTED_BEFORE_TRANSACTION, transaction.get().transactionDate().toString()));
        }
        if (!refusals.isEmpty()) {
            return Outcome.refused(refusals);
        }
        return Outcome.accepted(new DisputeCase(scheme.orElseThrow(), reason.orElseThrow(), transaction.orElseThrow(),
                amount.orElseThrow(), geography, expected));
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
