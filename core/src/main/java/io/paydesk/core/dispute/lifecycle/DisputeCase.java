package io.paydesk.core.dispute.lifecycle;

import io.paydesk.core.dispute.deadline.DeadlineFacts;
import io.paydesk.core.dispute.deadline.Geography;
import io.paydesk.core.dispute.deadline.StageDate;
import io.paydesk.core.dispute.scheme.CardScheme;
import io.paydesk.core.dispute.scheme.ReasonCode;
import io.paydesk.core.dispute.transaction.TransactionReference;
import io.paydesk.core.money.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The facts a dispute is about, fixed when it is raised: scheme, reason code, the transaction, the
 * disputed amount, where the transaction sits, and (for consumer disputes) when the cardholder expected
 * the goods or services.
 */
public record DisputeCase(
        CardScheme scheme,
        ReasonCode reason,
        TransactionReference transaction,
        Money disputedAmount,
        Geography geography,
        Optional<LocalDate> expectedServiceDate) {

    public DisputeCase {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(transaction, "transaction");
        Objects.requireNonNull(disputedAmount, "disputedAmount");
        Objects.requireNonNull(geography, "geography");
        Objects.requireNonNull(expectedServiceDate, "expectedServiceDate");
        if (!reason.scheme().equals(scheme.id())) {
            throw new IllegalArgumentException(reason + " is not a reason code of " + scheme.name());
        }
        if (!disputedAmount.isPositive()) {
            throw new IllegalArgumentException("a disputed amount is positive: " + disputedAmount);
        }
    }

    /** The facts a deadline rule may use, with the stages entered so far. */
    public DeadlineFacts deadlineFacts(List<StageDate> stages) {
        return new DeadlineFacts(reason, geography, transaction.atm(), transaction.transactionDate(),
                transaction.processingDate(), expectedServiceDate, stages);
    }
}
