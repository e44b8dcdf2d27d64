package io.paydesk.core.dispute;

import static io.paydesk.core.dispute.DisputeFixture.ARN;
import static io.paydesk.core.dispute.DisputeFixture.CLOCK;
import static io.paydesk.core.dispute.DisputeFixture.SCHEMES;
import static org.assertj.core.api.Assertions.assertThat;

import io.paydesk.core.common.Outcome;
import io.paydesk.core.common.Refusal;
import io.paydesk.core.dispute.deadline.Geography;
import io.paydesk.core.dispute.lifecycle.DisputeCase;
import io.paydesk.core.dispute.transaction.TypedTransaction;
import io.paydesk.core.money.Money;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DisputeIntakeTest {

    private static final DisputeIntake INTAKE = new DisputeIntake(SCHEMES, CLOCK);
    private static final Geography TASHKENT_BANK = Geography.issuerIn("UZ");
    private static final TypedTransaction TRANSACTION = new TypedTransaction("624512345678", ARN, "A1B2C3",
            "2026-09-01", "2026-09-02", "Texnomart Online", "5732", false);

    private static TypedDispute typed(String scheme, String reason, String amount, String currency, String expected,
            TypedTransaction transaction) {
        return new TypedDispute(scheme, reason, amount, currency, expected, transaction);
    }

    private static List<Refusal> refusals(Outcome<?> outcome) {
        return ((Outcome.Refused<?>) outcome).refusals();
    }

    @Test
    void aPartnerRaisesAVisaNotReceivedDispute() {
        DisputeCase dispute = INTAKE.check(typed("visa", "13.1", "1250000", "UZS", "20.09.2026", TRANSACTION),
                TASHKENT_BANK).orElseThrow();

        assertThat(dispute.reason().code()).isEqualTo("13.1");
        assertThat(dispute.disputedAmount()).isEqualTo(Money.of("UZS", "1250000.00"));
        assertThat(dispute.expectedServiceDate()).contains(LocalDate.of(2026, 9, 20));
        assertThat(dispute.transaction().arn().orElseThrow().value()).isEqualTo(ARN);
    }

    @Test
    void anUnknownReasonCodeIsRefused() {
        assertThat(INTAKE.check(typed("visa", "14.1", "100", "UZS", "", TRANSACTION), TASHKENT_BANK))
                .isEqualTo(Outcome.refused(Refusal.of("reasonCode", "14.1", DisputeMessageKeys.REASON_UNKNOWN, "Visa")));
        assertThat(INTAKE.check(typed("mastercard", "13.1", "100", "UZS", "", TRANSACTION), TASHKENT_BANK))
                .isEqualTo(Outcome.refused(Refusal.of("reasonCode", "13.1", DisputeMessageKeys.REASON_UNKNOWN, "Mastercard")));
        assertThat(INTAKE.check(typed("mastercard", "4860", "100", "UZS", "", TRANSACTION), TASHKENT_BANK))
                .isEqualTo(Outcome.refused(Refusal.of("reasonCode", "4860", DisputeMessageKeys.REASON_RETIRED, "4860", "4853")));
    }

    @Test
    void anAmountWithMoreDecimalsThanItsCurrencyIsRefused() {
        assertThat(INTAKE.check(typed("visa", "13.1", "100.125", "UZS", "", TRANSACTION), TASHKENT_BANK))
                .isEqualTo(Outcome.refused(Refusal.of("amount", "100.125", "paydesk.error.amount.scale", "UZS", "2")));
        assertThat(INTAKE.check(typed("visa", "13.1", "1500.5", "JPY", "", TRANSACTION), TASHKENT_BANK))
                .isEqualTo(Outcome.refused(Refusal.of("amount", "1500.5", "paydesk.error.amount.scale", "JPY", "0")));
        assertThat(INTAKE.check(typed("visa", "13.1", "0.00", "UZS", "", TRANSACTION), TASHKENT_BANK))
                .isEqualTo(Outcome.refused(Refusal.of("amount", "0.00", DisputeMessageKeys.AMOUNT_NOT_POSITIVE)));
    }

    @Test
    void anArnWithAWrongCheckDigitIsRefused() {
        String wrong = ARN.substring(0, 22) + (ARN.charAt(22) == '9' ? '0' : (char) (ARN.charAt(22) + 1));
        TypedTransaction mistyped = new TypedTransaction("", wrong, "", "2026-09-01", "", "Texnomart Online", "", false);

        assertThat(INTAKE.check(typed("visa", "13.1", "100", "UZS", "", mistyped), TASHKENT_BANK))
                .isEqualTo(Outcome.refused(Refusal.of("arn", wrong, DisputeMessageKeys.ARN_CHECK_DIGIT)));
    }

    @Test
    void badDatesAreRefused() {
        TypedTransaction settledEarly = new TypedTransaction("624512345678", "", "", "2026-09-05", "2026-09-01",
                "Texnomart Online", "", false);
        assertThat(INTAKE.check(typed("visa", "13.1", "100", "UZS", "", settledEarly), TASHKENT_BANK))
                .isEqualTo(Outcome.refused(Refusal.of("settlementDate", "2026-09-01",
                        DisputeMessageKeys.SETTLEMENT_BEFORE_TRANSACTION, "2026-09-05")));
        assertThat(INTAKE.check(typed("visa", "13.1", "100", "UZS", "2026-02-29", TRANSACTION), TASHKENT_BANK))
                .isEqualTo(Outcome.refused(Refusal.of("expectedServiceDate", "2026-02-29", DisputeMessageKeys.DATE_FORMAT)));
        assertThat(INTAKE.check(typed("visa", "13.1", "100", "UZS", "2026-08-15", TRANSACTION), TASHKENT_BANK))
                .isEqualTo(Outcome.refused(Refusal.of("expectedServiceDate", "2026-08-15",
                        DisputeMessageKeys.EXPECTED_BEFORE_TRANSACTION, "2026-09-01")));
    }

    @Test
    void aLocalSchemeWithoutRulesIsRefusedByName() {
        assertThat(INTAKE.check(typed("humo", "01", "100", "UZS", "", TRANSACTION), TASHKENT_BANK))
                .isEqualTo(Outcome.refused(Refusal.of("scheme", "humo", DisputeMessageKeys.SCHEME_NO_RULES, "Humo")));
    }

    @Test
    void everyWrongFieldOfAFormIsNamedTogether() {
        TypedTransaction bad = new TypedTransaction("12", "", "", "tomorrow", "", "", "", false);

        assertThat(refusals(INTAKE.check(typed("amex", "C08", "12,50", "EURO", "", bad), TASHKENT_BANK)))
                .extracting(Refusal::field)
                .containsExactlyInAnyOrder("scheme", "currency", "rrn", "transactionDate", "merchantName");
    }
}
