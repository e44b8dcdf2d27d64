package io.paydesk.core.request.types;

import io.paydesk.core.common.Outcome;
import java.time.Clock;
import java.util.Optional;
import java.util.regex.Pattern;

/** Checks a typed KYC/AML review ({@code paydesk.error.kycReview.<field>}). */
public final class KycReviewIntake {

    public static final Pattern CUSTOMER_ID = Pattern.compile("[A-Za-z0-9-]{4,32}");

    private KycReviewIntake() {
    }

    public static Outcome<KycReview> check(String customerId, String trigger, String description, Clock clock) {
        Fields f = new Fields(RequestTypeKeys.KYC, clock);
        Optional<String> id = f.code("customerId", customerId, CUSTOMER_ID);
        Optional<KycReview.Trigger> t = f.choice("trigger", trigger, KycReview.Trigger.class);
        Optional<String> text = f.text("description", description, false, Fields.MAX_TEXT);
        return f.outcome(() -> new KycReview(new KycReview.CustomerId(id.orElseThrow()), t.orElseThrow(),
                text.orElseThrow()));
    }
}
