package io.paydesk.core.request.types;

import io.paydesk.core.common.Outcome;
import io.paydesk.core.dispute.transaction.Arn;
import io.paydesk.core.dispute.transaction.Rrn;
import io.paydesk.core.money.Money;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/** Checks a typed refund / withdrawal complaint ({@code paydesk.error.refundNotReceived.<field>}). */
public final class RefundNotReceivedIntake {

    private RefundNotReceivedIntake() {
    }

    public static Outcome<RefundNotReceived> check(String kind, String amount, String currency, String merchant,
            String expectedDate, String rrn, String arn, String description, Clock clock) {
        Fields f = new Fields(RequestTypeKeys.REFUND, clock);
        Optional<RefundNotReceived.Kind> k = f.choice("kind", kind, RefundNotReceived.Kind.class);
        Optional<Money> money = f.positiveMoney("amount", amount, "currency", currency);
        Optional<String> merchantName = f.text("merchant", merchant, true, Fields.MAX_NAME);
        Optional<LocalDate> expected = f.pastDate("expectedDate", expectedDate);
        Optional<Rrn> r = f.rrn("rrn", rrn, false);
        Optional<Arn> a = f.arn("arn", arn);
        Optional<String> text = f.text("description", description, false, Fields.MAX_TEXT);
        return f.outcome(() -> new RefundNotReceived(k.orElseThrow(), money.orElseThrow(), merchantName.orElseThrow(),
                expected.orElseThrow(), r, a, text.orElseThrow()));
    }
}
