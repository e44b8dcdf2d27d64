package io.paydesk.core.request.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paydesk.core.common.Outcome;
import io.paydesk.core.common.Refusal;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class PointsPropertiesTest {

    @Property
    void aBalanceNeverGoesBelowZeroWhateverIsCreditedOrDebited(
            @ForAll @Size(max = 50) List<@LongRange(min = -1_000_000, max = 1_000_000) Long> moves) {
        PointsBalance balance = PointsBalance.EMPTY;
        long expected = 0;
        for (long move : moves) {
            if (move >= 0) {
                balance = balance.credit(Points.of(move));
                expected += move;
            } else {
                Outcome<PointsBalance> debited = balance.debit(Points.of(-move));
                if (-move > expected) {
                    assertThat(debited).isInstanceOf(Outcome.Refused.class);
                } else {
                    balance = debited.orElseThrow();
                    expected += move;
                }
            }
            assertThat(balance.points().isNegative()).isFalse();
            assertThat(balance.points().value()).isEqualTo(expected);
        }
    }

    @Property
    void plusAndMinusUndoEachOther(@ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long a,
            @ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long b) {
        assertThat(Points.of(a).plus(Points.of(b)).minus(Points.of(b))).isEqualTo(Points.of(a));
        assertThat(Points.of(a).plus(Points.of(b))).isEqualTo(Points.of(b).plus(Points.of(a)));
    }

    @Property
    void anAcceptedClaimAlwaysHasPositivePoints(@ForAll @LongRange(min = -10_000, max = 10_000) long points) {
        Outcome<LoyaltyClaim> claim = LoyaltyClaimIntake.check("incorrect accrual", "LP-0012345", "624512345678",
                Long.toString(points), "2026-11-01", "", RequestTypeIntakeTest.CLOCK);
        if (points > 0) {
            assertThat(claim.orElseThrow().points().value()).isEqualTo(points);
        } else {
            assertThat(claim).isInstanceOf(Outcome.Refused.class);
        }
    }

    @Test
    void aDebitLargerThanTheBalanceIsRefusedWithTheBalance() {
        PointsBalance balance = PointsBalance.EMPTY.credit(Points.of(100));

        assertThat(balance.debit(Points.of(101))).isEqualTo(Outcome.refused(
                Refusal.of("points", "101", RequestTypeKeys.BALANCE_INSUFFICIENT, "100")));
        assertThat(balance.debit(Points.of(-1))).isEqualTo(Outcome.refused(
                Refusal.of("points", "-1", RequestTypeKeys.BALANCE_DEBIT_NEGATIVE)));
        assertThat(balance.debit(Points.of(100)).orElseThrow()).isEqualTo(PointsBalance.EMPTY);
    }

    @Test
    void pointsArithmeticThatWouldOverflowThrowsInsteadOfWrapping() {
        assertThatThrownBy(() -> Points.of(Long.MAX_VALUE).plus(Points.of(1))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> new PointsBalance(Points.of(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PointsBalance.EMPTY.credit(Points.of(-1))).isInstanceOf(IllegalArgumentException.class);
    }
}
