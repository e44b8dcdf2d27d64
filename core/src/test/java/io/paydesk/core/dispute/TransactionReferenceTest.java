package io.paydesk.core.dispute;

import static io.paydesk.core.dispute.DisputeFixture.ARN;
import static io.paydesk.core.dispute.DisputeFixture.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paydesk.core.card.Luhn;
import io.paydesk.core.common.Outcome;
import io.paydesk.core.common.Refusal;
import io.paydesk.core.dispute.transaction.Arn;
import io.paydesk.core.dispute.transaction.TransactionReference;
import io.paydesk.core.dispute.transaction.TypedTransaction;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class TransactionReferenceTest {

    private static TypedTransaction typed(String rrn, String arn, String auth, String date, String settled,
            String merchant, String mcc) {
        return new TypedTransaction(rrn, arn, auth, date, settled, merchant, mcc, false);
    }

    private static List<Refusal> refusals(Outcome<?> outcome) {
        return ((Outcome.Refused<?>) outcome).refusals();
    }

    @Test
    void aWellTypedTransactionIsReadWithItsReferencesAndDates() {
        String spacedArn = ARN.substring(0, 1) + " " + ARN.substring(1, 7) + " " + ARN.substring(7, 11) + " "
                + ARN.substring(11);

        TransactionReference txn = TransactionReference.parse(
                typed("6245 1234 5678", spacedArn, "a1b2c3", "01.09.2026", "2026-09-02", "  Texnomart Online ", "5732"),
                CLOCK).orElseThrow();

        assertThat(txn.rrn().orElseThrow().value()).isEqualTo("624512345678");
        assertThat(txn.arn().orElseThrow().value()).isEqualTo(ARN);
        assertThat(txn.arn().orElseThrow().acquirerBin()).isEqualTo("412345");
        assertThat(txn.authorizationCode().orElseThrow().value()).isEqualTo("A1B2C3");
        assertThat(txn.transactionDate()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(txn.processingDate()).contains(LocalDate.of(2026, 9, 2));
        assertThat(txn.merchantName()).isEqualTo("Texnomart Online");
        assertThat(txn.atm()).isFalse();
    }

    @Test
    void anAtmMerchantCategoryMarksAnAtmWithdrawalEvenWhenTheBoxWasNotTicked() {
        TransactionReference txn = TransactionReference.parse(
                typed("624512345678", "", "", "2026-09-01", "", "Hamkorbank ATM", "6011"), CLOCK).orElseThrow();

        assertThat(txn.atm()).isTrue();
        assertThat(txn.settlementDate()).isEmpty();
    }

    @Test
    void anArnWithAWrongCheckDigitIsRefusedByName() {
        char last = ARN.charAt(22);
        String wrong = ARN.substring(0, 22) + (char) ('0' + (last - '0' + 1) % 10);

        assertThat(TransactionReference.parse(typed("", wrong, "", "2026-09-01", "", "Shop", ""), CLOCK))
                .isEqualTo(Outcome.refused(Refusal.of("arn", wrong, DisputeMessageKeys.ARN_CHECK_DIGIT)));
        assertThat(Arn.parse("arn", ARN.substring(1))).isEqualTo(Outcome.refused(
                Refusal.of("arn", ARN.substring(1), DisputeMessageKeys.ARN_FORMAT, "23")));
        assertThatThrownBy(() -> new Arn(wrong)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSettlementBeforeTheTransactionIsRefused() {
        assertThat(TransactionReference.parse(typed("624512345678", "", "", "2026-09-05", "2026-09-04", "Shop", ""), CLOCK))
                .isEqualTo(Outcome.refused(Refusal.of("settlementDate", "2026-09-04",
                        DisputeMessageKeys.SETTLEMENT_BEFORE_TRANSACTION, "2026-09-05")));
        assertThatThrownBy(() -> new TransactionReference(Optional.empty(), Optional.of(new Arn(ARN)), Optional.empty(),
                LocalDate.of(2026, 9, 5), Optional.of(LocalDate.of(2026, 9, 4)), "Shop", Optional.empty(), false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void impossibleAndFutureDatesAreRefused() {
        assertThat(refusals(TransactionReference.parse(typed("624512345678", "", "", "2026-02-30", "", "Shop", ""), CLOCK)))
                .containsExactly(Refusal.of("transactionDate", "2026-02-30", DisputeMessageKeys.DATE_FORMAT));
        assertThat(refusals(TransactionReference.parse(typed("624512345678", "", "", "31.04.2026", "", "Shop", ""), CLOCK)))
                .containsExactly(Refusal.of("transactionDate", "31.04.2026", DisputeMessageKeys.DATE_FORMAT));
        assertThat(refusals(TransactionReference.parse(typed("624512345678", "", "", "yesterday", "", "Shop", ""), CLOCK)))
                .containsExactly(Refusal.of("transactionDate", "yesterday", DisputeMessageKeys.DATE_FORMAT));
        assertThat(refusals(TransactionReference.parse(typed("624512345678", "", "", "2026-11-25", "", "Shop", ""), CLOCK)))
                .containsExactly(Refusal.of("transactionDate", "2026-11-25", DisputeMessageKeys.DATE_FUTURE, "2026-11-24"));
    }

    @Test
    void everyWrongFieldIsNamedAtOnce() {
        Outcome<TransactionReference> outcome = TransactionReference.parse(
                typed("12345", "", "ABC-12", "", "2026-13-01", "Card 4111 1111 1111 1111", "54A1"), CLOCK);

        assertThat(refusals(outcome)).containsExactlyInAnyOrder(
                Refusal.of("rrn", "12345", DisputeMessageKeys.RRN_FORMAT, "12"),
                Refusal.of("authorizationCode", "ABC-12", DisputeMessageKeys.AUTH_CODE_FORMAT, "6"),
                Refusal.of("mcc", "54A1", DisputeMessageKeys.MCC_FORMAT, "4"),
                Refusal.of("transactionDate", "", DisputeMessageKeys.DATE_MISSING),
                Refusal.of("settlementDate", "2026-13-01", DisputeMessageKeys.DATE_FORMAT),
                Refusal.of("merchantName", "Card 4111 11** **** 1111", DisputeMessageKeys.MERCHANT_CARD_NUMBER));
    }

    @Test
    void aTransactionNeedsAnArnOrAnRrnAndAMerchant() {
        assertThat(refusals(TransactionReference.parse(typed(" ", null, null, "2026-09-01", null, " ", null), CLOCK)))
                .containsExactlyInAnyOrder(Refusal.of("arn", "", DisputeMessageKeys.REFERENCE_MISSING),
                        Refusal.of("merchantName", "", DisputeMessageKeys.MERCHANT_MISSING));
    }

    @Property
    void everyArnBuiltWithItsCheckDigitIsValidAndAnySingleDigitTypoIsCaught(
            @ForAll("twentyTwoDigits") String first22, @ForAll @IntRange(min = 0, max = 22) int position,
            @ForAll @IntRange(min = 1, max = 9) int shift) {
        String arn = first22 + Arn.checkDigitFor(first22);
        char typo = (char) ('0' + (arn.charAt(position) - '0' + shift) % 10);
        String mistyped = arn.substring(0, position) + typo + arn.substring(position + 1);

        assertThat(Arn.parse("arn", arn).orElseThrow().value()).isEqualTo(arn);
        assertThat(Luhn.isValid(mistyped)).isFalse();
        assertThat(Arn.parse("arn", mistyped)).isEqualTo(Outcome.refused(
                Refusal.of("arn", mistyped, DisputeMessageKeys.ARN_CHECK_DIGIT)));
    }

    @Provide
    Arbitrary<String> twentyTwoDigits() {
        return Arbitraries.strings().numeric().ofLength(22);
    }
}
