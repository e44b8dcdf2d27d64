package io.paydesk.core.dispute.lifecycle;

import io.paydesk.core.common.Outcome;
import io.paydesk.core.money.Money;
import java.time.LocalDate;
import java.util.Objects;

/** A finished dispute: its outcome and the day it ended. Money can still be recovered or written off. */
public record ClosedDispute(DisputeTrack track, DisputeOutcome outcome, LocalDate closedOn) implements Dispute {

    public ClosedDispute {
        Objects.requireNonNull(track, "track");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(closedOn, "closedOn");
        if (closedOn.isBefore(track.current().enteredOn())) {
            throw new IllegalArgumentException("closed " + closedOn + " before its last stage " + track.current().enteredOn());
        }
        if (track.next().isPresent()) {
            throw new IllegalArgumentException("a closed dispute has no time limit left");
        }
    }

    /** Money recovered from the acquirer, e.g. after an arbitration ruling or a late partial acceptance. */
    public Outcome<ClosedDispute> recover(Money amount) {
        return money().withRecovered(DisputeTrack.AMOUNT_FIELD, amount).map(m -> with(m));
    }

    /** The loss the issuer absorbs instead of charging the cardholder back. */
    public Outcome<ClosedDispute> writeOff(Money amount) {
        return money().withWriteOff(DisputeTrack.AMOUNT_FIELD, amount).map(m -> with(m));
    }

    private ClosedDispute with(FinancialImpact money) {
        return new ClosedDispute(new DisputeTrack(track.facts(), track.stages(), track.next(), money), outcome, closedOn);
    }
}
