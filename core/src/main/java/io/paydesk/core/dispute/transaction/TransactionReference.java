package io.paydesk.core.dispute.transaction;

import io.paydesk.core.card.PanRedactor;
import io.paydesk.core.common.Outcome;
import io.paydesk.core.common.Refusal;
import io.paydesk.core.dispute.DisputeMessageKeys;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The facts that identify one disputed card transaction: its references (RRN and/or ARN, authorization
 * code), its dates, the merchant, and whether it happened at an ATM.
 *
 * <p>The settlement date is the scheme's processing (clearing) date, the date most time limits count from;
 * it is empty while the transaction is only authorized. It is never before the transaction date.
 */
public record TransactionReference(
        Optional<Rrn> rrn,
        Optional<Arn> arn,
        Optional<AuthorizationCode> authorizationCode,
        LocalDate transactionDate,
        Optional<LocalDate> settlementDate,
        String merchantName,
        Optional<Mcc> mcc,
        boolean atm) {

    /** Longest merchant name accepted; scheme clearing records carry far less (Visa: 25 characters). */
    public static final int MERCHANT_NAME_MAX = 100;

    private static final DateTimeFormatter DOTTED = DateTimeFormatter.ofPattern("dd.MM.uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    public TransactionReference {
        Objects.requireNonNull(rrn, "rrn");
        Objects.requireNonNull(arn, "arn");
        Objects.requireNonNull(authorizationCode, "authorizationCode");
        Objects.requireNonNull(transactionDate, "transactionDate");
        Objects.requireNonNull(settlementDate, "settlementDate");
        Objects.requireNonNull(mcc, "mcc");
        if (rrn.isEmpty() && arn.isEmpty()) {
            throw new IllegalArgumentException("a transaction needs an RRN or an ARN");
        }
        if (settlementDate.isPresent() && settlementDate.get().isBefore(transactionDate)) {
            throw new IllegalArgumentException("settled " + settlementDate.get() + " before the transaction " + transactionDate);
        }
        if (merchantName == null || merchantName.isBlank()) {
            throw new IllegalArgumentException("a transaction needs a merchant name");
        }
        merchantName = merchantName.strip();
    }

    /** The processing date if the transaction has settled. */
    public Optional<LocalDate> processingDate() {
        return settlementDate;
    }

    /**
     * Checks typed facts and names every wrong field, not only the first. Dates are ISO
     * ({@code 2025-03-14}) or day-first with dots ({@code 14.03.2025}) and may not lie after today in the
     * clock's zone (pass a clock in the partner's zone). A merchant category code of 6011 marks the
     * transaction as an ATM withdrawal even if the ATM box was not ticked. Required: a transaction date,
     * a merchant name, and an RRN or an ARN.
     */
    public static Outcome<TransactionReference> parse(TypedTransaction typed, Clock clock) {
        Objects.requireNonNull(typed, "typed");
        LocalDate today = LocalDate.now(clock);
        List<Refusal> refusals = new ArrayList<>();

        Optional<Rrn> rrn = optional(typed.rrn(), text -> Rrn.parse(TypedTransaction.RRN, text), refusals);
        Optional<Arn> arn = optional(typed.arn(), text -> Arn.parse(TypedTransaction.ARN, text), refusals);
        if (isBlank(typed.rrn()) && isBlank(typed.arn())) {
            refusals.add(Refusal.of(TypedTransaction.ARN, "", DisputeMessageKeys.REFERENCE_MISSING));
        }
        Optional<AuthorizationCode> authCode = optional(typed.authorizationCode(),
                text -> AuthorizationCode.parse(TypedTransaction.AUTHORIZATION_CODE, text), refusals);
        Optional<Mcc> mcc = optional(typed.mcc(), text -> Mcc.parse(TypedTransaction.MCC, text), refusals);

        Optional<LocalDate> transactionDate;
        if (isBlank(typed.transactionDate())) {
            refusals.add(Refusal.of(TypedTransaction.TRANSACTION_DATE, "", DisputeMessageKeys.DATE_MISSING));
            transactionDate = Optional.empty();
        } else {
            transactionDate = date(TypedTransaction.TRANSACTION_DATE, typed.transactionDate(), today, refusals);
        }
        Optional<LocalDate> settlementDate = isBlank(typed.settlementDate()) ? Optional.empty()
                : date(TypedTransaction.SETTLEMENT_DATE, typed.settlementDate(), today, refusals);
        if (transactionDate.isPresent() && settlementDate.isPresent()
                && settlementDate.get().isBefore(transactionDate.get())) {
            refusals.add(Refusal.of(TypedTransaction.SETTLEMENT_DATE, typed.settlementDate(),
                    DisputeMessageKeys.SETTLEMENT_BEFORE_TRANSACTION, transactionDate.get().toString()));
        }

        String merchant = typed.merchantName() == null ? "" : typed.merchantName().strip();
        if (merchant.isEmpty()) {
            refusals.add(Refusal.of(TypedTransaction.MERCHANT_NAME, "", DisputeMessageKeys.MERCHANT_MISSING));
        } else if (PanRedactor.containsCardNumber(merchant)) {
            refusals.add(Refusal.of(TypedTransaction.MERCHANT_NAME, PanRedactor.redact(merchant),
                    DisputeMessageKeys.MERCHANT_CARD_NUMBER));
        } else if (merchant.length() > MERCHANT_NAME_MAX) {
            refusals.add(Refusal.of(TypedTransaction.MERCHANT_NAME, merchant.substring(0, 20) + "…",
                    DisputeMessageKeys.MERCHANT_TOO_LONG, Integer.toString(MERCHANT_NAME_MAX)));
        }

        if (!refusals.isEmpty()) {
            return Outcome.refused(refusals);
        }
        boolean atm = typed.atm() || mcc.filter(Mcc.ATM_CASH::equals).isPresent();
        return Outcome.accepted(new TransactionReference(rrn, arn, authCode, transactionDate.orElseThrow(),
                settlementDate, merchant, mcc, atm));
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static <T> Optional<T> optional(String typed, java.util.function.Function<String, Outcome<T>> parser,
            List<Refusal> refusals) {
        if (isBlank(typed)) {
            return Optional.empty();
        }
        return collect(parser.apply(typed), refusals::addAll);
    }

    private static <T> Optional<T> collect(Outcome<T> outcome, Consumer<List<Refusal>> onRefusal) {
        return switch (outcome) {
            case Outcome.Accepted<T> accepted -> Optional.of(accepted.value());
            case Outcome.Refused<T> refused -> {
                onRefusal.accept(refused.refusals());
                yield Optional.empty();
            }
        };
    }

    private static Optional<LocalDate> date(String field, String typed, LocalDate today, List<Refusal> refusals) {
        String text = typed.trim();
        LocalDate date;
        try {
            date = text.contains(".") ? LocalDate.parse(text, DOTTED) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            refusals.add(Refusal.of(field, typed, DisputeMessageKeys.DATE_FORMAT));
            return Optional.empty();
        }
        if (date.isAfter(today)) {
            refusals.add(Refusal.of(field, typed, DisputeMessageKeys.DATE_FUTURE, today.toString()));
            return Optional.empty();
        }
        return Optional.of(date);
    }
}
