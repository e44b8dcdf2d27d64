package io.paydesk.core.request.types;

import io.paydesk.core.common.Outcome;
import io.paydesk.core.dispute.transaction.Rrn;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/** Checks a typed loyalty claim and names every wrong field ({@code paydesk.error.loyaltyClaim.<field>}). */
public final class LoyaltyClaimIntake {

    public static final Pattern ACCOUNT_ID = Pattern.compile("[A-Za-z0-9-]{4,32}");

    private LoyaltyClaimIntake() {
    }

    /** Give the clock the partner's zone: "not in the future" is judged against the partner's today. */
    public static Outcome<LoyaltyClaim> check(String kind, String accountId, String rrn, String points,
            String transactionDate, String description, Clock clock) {
        Fields f = new Fields(RequestTypeKeys.LOYALTY_CLAIM, clock);
        Optional<LoyaltyClaim.Kind> k = f.choice("kind", kind, LoyaltyClaim.Kind.class);
        Optional<String> account = f.code("accountId", accountId, ACCOUNT_ID);
        boolean rrnRequired = k.map(value -> value != LoyaltyClaim.Kind.EXPIRED_POINTS).orElse(false);
        Optional<Rrn> transaction = f.rrn("rrn", rrn, rrnRequired);
        Optional<Points> claimed = f.positivePoints("points", points);
        Optional<LocalDate> date = f.pastDate("transactionDate", transactionDate);
        Optional<String> text = f.text("description", description, false, Fields.MAX_TEXT);
        return f.outcome(() -> new LoyaltyClaim(k.orElseThrow(), new LoyaltyClaim.LoyaltyAccountId(account.orElseThrow()),
                transaction, claimed.orElseThrow(), date.orElseThrow(), text.orElseThrow()));
    }
}
