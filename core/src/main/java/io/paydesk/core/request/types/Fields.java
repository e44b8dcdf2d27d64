package io.paydesk.core.request.types;

import io.paydesk.core.card.MaskedCardNumber;
import io.paydesk.core.card.PanRedactor;
import io.paydesk.core.common.Outcome;
import io.paydesk.core.common.Refusal;
import io.paydesk.core.dispute.transaction.Arn;
import io.paydesk.core.dispute.transaction.Rrn;
import io.paydesk.core.money.Money;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Reads one typed form field by field and collects a refusal for every wrong one, keyed
 * {@code paydesk.error.<type>.<field>}. Every rejected value is shown back through the card-number
 * redactor, and a card number typed into a field that is not meant for one is refused, never kept.
 */
final class Fields {

    static final int MAX_TEXT = 4000;
    static final int MAX_NAME = 200;
    private static final DateTimeFormatter DOTTED = DateTimeFormatter.ofPattern("dd.MM.uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,18}");

    private final String type;
    private final Clock clock;
    private final List<Refusal> refusals = new ArrayList<>();

    Fields(String type, Clock clock) {
        this.type = type;
        this.clock = clock;
    }

    String key(String field) {
        return RequestTypeKeys.key(type, field);
    }

    void refuse(String field, String typed, String... arguments) {
        refusals.add(Refusal.of(field, PanRedactor.redact(typed == null ? "" : typed), key(field), arguments));
    }

    /** Builds the value when no field was refused. */
    <T> Outcome<T> outcome(Supplier<T> build) {
        return refusals.isEmpty() ? Outcome.accepted(build.get()) : Outcome.refused(refusals);
    }

    private static boolean blank(String typed) {
        return typed == null || typed.isBlank();
    }

    /** A value from a fixed list; case, spaces and dashes do not matter ("missing accrual" = MISSING_ACCRUAL). */
    <E extends Enum<E>> Optional<E> choice(String field, String typed, Class<E> options) {
        if (!blank(typed)) {
            String name = typed.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
            for (E option : options.getEnumConstants()) {
                if (option.name().equals(name)) {
                    return Optional.of(option);
                }
            }
        }
        refuse(field, typed);
        return Optional.empty();
    }

    /** Free text: trimmed, card numbers masked; refused only when required and blank, or too long. */
    Optional<String> text(String field, String typed, boolean required, int max) {
        String text = blank(typed) ? "" : PanRedactor.redact(typed.strip());
        if ((required && text.isEmpty()) || text.length() > max) {
            refuse(field, typed, Integer.toString(max));
            return Optional.empty();
        }
        return Optional.of(text);
    }

    /** An identifier of a given shape; a card number typed here is refused (and shown masked). */
    Optional<String> code(String field, String typed, Pattern shape) {
        String code = blank(typed) ? "" : typed.strip();
        if (!shape.matcher(code).matches() || PanRedactor.containsCardNumber(code)) {
            refuse(field, typed);
            return Optional.empty();
        }
        return Optional.of(code);
    }

    Optional<Points> positivePoints(String field, String typed) {
        String digits = blank(typed) ? "" : typed.strip().replace(" ", "");
        if (!WHOLE_NUMBER.matcher(digits).matches() || PanRedactor.containsCardNumber(digits)
                || Long.parseLong(digits) == 0) {
            refuse(field, typed);
            return Optional.empty();
        }
        return Optional.of(Points.of(Long.parseLong(digits)));
    }

    /** An amount above zero in an ISO 4217 currency, with no more decimals than the currency has. */
    Optional<Money> positiveMoney(String amountField, String amountText, String currencyField, String currencyText) {
        Outcome<Money> parsed = PanRedactor.containsCardNumber(amountText)
                ? Outcome.refused(Refusal.of(amountField, amountText, "card"))
                : Money.parse(amountField, amountText, currencyField, currencyText);
        switch (parsed) {
            case Outcome.Refused<Money> refused -> {
                refused.refusals().forEach(r -> refuse(r.field(),
                        r.field().equals(amountField) ? amountText : currencyText));
                return Optional.empty();
            }
            case Outcome.Accepted<Money> ok -> {
                if (!ok.value().isPositive()) {
                    refuse(amountField, amountText);
                    return Optional.empty();
                }
                return Optional.of(ok.value());
            }
        }
    }

    Optional<LocalDate> date(String field, String typed) {
        if (!blank(typed)) {
            String text = typed.strip();
            try {
                return Optional.of(text.contains(".") ? LocalDate.parse(text, DOTTED) : LocalDate.parse(text));
            } catch (DateTimeParseException e) {
                // refused below
            }
        }
        refuse(field, typed);
        return Optional.empty();
    }

    /** A date that is today or earlier in the clock's zone. */
    Optional<LocalDate> pastDate(String field, String typed) {
        int before = refusals.size();
        Optional<LocalDate> date = date(field, typed);
        if (date.isPresent() && date.get().isAfter(LocalDate.now(clock))) {
            refuse(field, typed);
            return Optional.empty();
        }
        return refusals.size() == before ? date : Optional.empty();
    }

    /**
     * A moment no later than now: an ISO instant ({@code 2026-11-20T10:15:00Z}), a date-time with an offset,
     * or a local date-time read in the clock's zone.
     */
    Optional<Instant> pastInstant(String field, String typed) {
        Optional<Instant> at = Optional.empty();
        if (!blank(typed)) {
            String text = typed.strip();
            try {
                at = Optional.of(OffsetDateTime.parse(text).toInstant());
            } catch (DateTimeParseException notOffset) {
                try {
                    at = Optional.of(LocalDateTime.parse(text).atZone(clock.getZone()).toInstant());
                } catch (DateTimeParseException notLocal) {
                    at = Optional.empty();
                }
            }
        }
        if (at.isEmpty() || at.get().isAfter(clock.instant())) {
            refuse(field, typed);
            return Optional.empty();
        }
        return at;
    }

    /** An RRN (12 digits); a blank one is fine when not required. */
    Optional<Rrn> rrn(String field, String typed, boolean required) {
        if (blank(typed) && !required) {
            return Optional.empty();
        }
        return reKeyed(Rrn.parse(field, typed), field, typed);
    }

    Optional<Arn> arn(String field, String typed) {
        if (blank(typed)) {
            return Optional.empty();
        }
        return reKeyed(Arn.parse(field, typed), field, typed);
    }

    /** A typed card number, kept masked; refusals show it masked too. */
    Optional<MaskedCardNumber> card(String field, String typed) {
        return switch (MaskedCardNumber.fromTyped(field, typed)) {
            case Outcome.Accepted<MaskedCardNumber> ok -> Optional.of(ok.value());
            case Outcome.Refused<MaskedCardNumber> refused -> {
                refused.refusals().forEach(r -> refusals.add(Refusal.of(field, r.rejectedValue(), key(field))));
                yield Optional.empty();
            }
        };
    }

    /** Yes or no: true/false, yes/no, 1/0; blank is no. */
    Optional<Boolean> flag(String field, String typed) {
        String text = blank(typed) ? "false" : typed.strip().toLowerCase(Locale.ROOT);
        return switch (text) {
            case "true", "yes", "y", "1" -> Optional.of(true);
            case "false", "no", "n", "0" -> Optional.of(false);
            default -> {
                refuse(field, typed);
                yield Optional.empty();
            }
        };
    }

    private <T> Optional<T> reKeyed(Outcome<T> parsed, String field, String typed) {
        return switch (parsed) {
            case Outcome.Accepted<T> ok -> Optional.of(ok.value());
            case Outcome.Refused<T> refused -> {
                refuse(field, typed);
                yield Optional.empty();
            }
        };
    }
}
