package io.paydesk.core.dispute;

import io.paydesk.core.dispute.deadline.BusinessDayCalendar;
import io.paydesk.core.dispute.deadline.DeadlineRuleBook;
import io.paydesk.core.dispute.deadline.DeadlineRuleTable;
import io.paydesk.core.dispute.deadline.Geography;
import io.paydesk.core.dispute.evidence.EvidenceCatalogue;
import io.paydesk.core.dispute.lifecycle.DisputeCase;
import io.paydesk.core.dispute.lifecycle.StageRules;
import io.paydesk.core.dispute.scheme.CardScheme;
import io.paydesk.core.dispute.scheme.SchemeCatalogue;
import io.paydesk.core.dispute.scheme.SchemeId;
import io.paydesk.core.dispute.transaction.Arn;
import io.paydesk.core.dispute.transaction.AuthorizationCode;
import io.paydesk.core.dispute.transaction.Mcc;
import io.paydesk.core.dispute.transaction.Rrn;
import io.paydesk.core.dispute.transaction.TransactionReference;
import io.paydesk.core.money.Money;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/** Domain objects for dispute tests, built by intent: {@code aDispute().onVisa().reason("13.1").settledOn(...)}. */
public final class DisputeFixture {

    public static final SchemeCatalogue SCHEMES = SchemeCatalogue.shipped();
    public static final DeadlineRuleBook DEFAULT_RULES = DeadlineRuleTable.shipped(SCHEMES);
    public static final EvidenceCatalogue EVIDENCE = EvidenceCatalogue.shipped(SCHEMES);
    public static final ZoneId TASHKENT = ZoneId.of("Asia/Tashkent");
    /** "Today" in every dispute test: Tuesday 24 November 2026 in Tashkent. */
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T07:00:00Z"), TASHKENT);
    /** A valid ARN: format 7, acquirer BIN 412345, processing date 6210, sequence 00000012345, check digit. */
    public static final String ARN = withCheckDigit("7412345621000000012345");

    private DisputeFixture() {
    }

    public static String withCheckDigit(String first22) {
        return first22 + Arn.checkDigitFor(first22);
    }

    public static StageRules rules() {
        return new StageRules(DEFAULT_RULES, BusinessDayCalendar.mondayToFriday(), CLOCK);
    }

    public static StageRules rules(DeadlineRuleBook book) {
        return new StageRules(book, BusinessDayCalendar.mondayToFriday(), CLOCK);
    }

    /** The rules as they would be on another day, e.g. when a scheduled job runs later. */
    public static StageRules rulesOn(LocalDate day) {
        return new StageRules(DEFAULT_RULES, BusinessDayCalendar.mondayToFriday(),
                Clock.fixed(day.atTime(12, 0).atZone(TASHKENT).toInstant(), TASHKENT));
    }

    public static CardScheme scheme(String id) {
        return SCHEMES.scheme(new SchemeId(id)).orElseThrow();
    }

    public static DisputeBuilder aDispute() {
        return new DisputeBuilder();
    }

    /** Builds a {@link DisputeCase}; defaults: Visa 13.1, UZS 1 250 000.00, bought 1 Sep 2026, settled 2 Sep. */
    public static final class DisputeBuilder {
        private String scheme = "visa";
        private String reason = "13.1";
        private Money amount = Money.of("UZS", "1250000.00");
        private LocalDate transactionDate = LocalDate.of(2026, 9, 1);
        private Optional<LocalDate> settlementDate = Optional.of(LocalDate.of(2026, 9, 2));
        private Optional<LocalDate> expected = Optional.empty();
        private boolean atm;
        private Geography geography = Geography.issuerIn("UZ");

        public DisputeBuilder onVisa() {
            scheme = "visa";
            return this;
        }

        public DisputeBuilder onMastercard() {
            scheme = "mastercard";
            reason = "4853";
            return this;
        }

        public DisputeBuilder on(String schemeId) {
            scheme = schemeId;
            return this;
        }

        public DisputeBuilder reason(String code) {
            reason = code;
            return this;
        }

        public DisputeBuilder amount(Money money) {
            amount = money;
            return this;
        }

        public DisputeBuilder boughtOn(LocalDate date) {
            transactionDate = date;
            settlementDate = settlementDate.map(s -> s.isBefore(date) ? date : s);
            return this;
        }

        public DisputeBuilder settledOn(LocalDate date) {
            settlementDate = Optional.of(date);
            return this;
        }

        public DisputeBuilder notSettled() {
            settlementDate = Optional.empty();
            return this;
        }

        public DisputeBuilder expectedOn(LocalDate date) {
            expected = Optional.of(date);
            return this;
        }

        public DisputeBuilder atAnAtm() {
            atm = true;
            return this;
        }

        public DisputeBuilder in(Geography where) {
            geography = where;
            return this;
        }

        public DisputeCase build() {
            CardScheme cardScheme = scheme(scheme);
            TransactionReference transaction = new TransactionReference(Optional.of(new Rrn("624512345678")),
                    Optional.of(new Arn(ARN)), Optional.of(new AuthorizationCode("A1B2C3")), transactionDate,
                    settlementDate, atm ? "Hamkorbank ATM Chilonzor" : "Texnomart Online",
                    Optional.of(atm ? Mcc.ATM_CASH : new Mcc("5732")), atm);
            return new DisputeCase(cardScheme, SCHEMES.reason(cardScheme.id(), reason).orElseThrow(), transaction,
                    amount, geography, expected);
        }
    }
}
