package io.paydesk.core.request.types;

import io.paydesk.core.card.PanRedactor;
import io.paydesk.core.common.Outcome;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A KYC/AML review's lifecycle: Opened → UnderReview → Escalated | Cleared | Reported; an escalated review
 * ends Cleared or Reported. Reported means a suspicious-activity report was filed with the authority; its
 * reference is kept. Every state inherits the review's restricted visibility.
 */
public sealed interface KycCase {

    String TYPE = RequestTypeKeys.KYC;
    Pattern REPORT_REFERENCE = Pattern.compile("[A-Za-z0-9._/-]{1,64}");

    KycReview review();

    Instant since();

    static Opened open(KycReview review, Instant at) {
        return new Opened(review, at);
    }

    record Opened(KycReview review, Instant since) implements KycCase {
        public Opened {
            Objects.requireNonNull(review, "review");
            Objects.requireNonNull(since, "since");
        }

        public Outcome<UnderReview> startReview(Instant at) {
            return Moves.after(TYPE, since, at, () -> new UnderReview(review, at));
        }
    }

    /** A review that can still end either way. */
    sealed interface Deciding extends KycCase {
        default Outcome<Cleared> clear(Instant at) {
            return Moves.after(TYPE, since(), at, () -> new Cleared(review(), at));
        }

        default Outcome<Reported> report(String reportReference, Instant at) {
            String ref = reportReference == null ? "" : reportReference.strip();
            if (!REPORT_REFERENCE.matcher(ref).matches() || PanRedactor.containsCardNumber(ref)) {
                return Moves.refuse(TYPE, "reportReference", PanRedactor.redact(ref));
            }
            return Moves.after(TYPE, since(), at, () -> new Reported(review(), ref, at));
        }
    }

    record UnderReview(KycReview review, Instant since) implements Deciding {
        /** Escalates to the money-laundering reporting officer; the reason is kept masked. */
        public Outcome<Escalated> escalate(String reason, Instant at) {
            if (reason == null || reason.isBlank()) {
                return Moves.refuse(TYPE, "escalationReason", "");
            }
            return Moves.after(TYPE, since, at, () -> new Escalated(review, PanRedactor.redact(reason.strip()), at));
        }
    }

    record Escalated(KycReview review, String reason, Instant since) implements Deciding {
    }

    record Cleared(KycReview review, Instant since) implements KycCase {
    }

    record Reported(KycReview review, String reportReference, Instant since) implements KycCase {
    }
}
