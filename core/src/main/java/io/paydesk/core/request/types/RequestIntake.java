package io.paydesk.core.request.types;

import io.paydesk.core.common.Outcome;
import io.paydesk.core.common.Refusal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The one way in for the request types next to card disputes: the values typed into a request's fields, by the
 * keys of the setup catalogue ({@code io.paydesk.core.setup.SetupCatalogue}: {@code loyaltyKind},
 * {@code loyaltyAccount}, {@code topUpChannel} …), checked by the type's own intake. Every refusal names the
 * catalogue's field key, so a host can put each message under the field the user typed into; a field not typed
 * reads as blank.
 */
public final class RequestIntake {

    /** The issue type keys of the catalogue this intake checks: every Paydesk type but the payment dispute. */
    public static final Set<String> TYPES = Set.of("loyaltyClaim", "refundNotReceived", "failedTopUp", "cardBlock",
            "kycReview", "apiIncident");

    /** The description's key: the issue's own description, not a catalogue field. */
    public static final String DESCRIPTION = "description";

    /** For each type, the intake's field name → the catalogue's key where they differ. */
    private static final Map<String, Map<String, String>> CATALOGUE_KEYS = Map.of(
            "loyaltyClaim", Map.of("kind", "loyaltyKind", "accountId", "loyaltyAccount"),
            "refundNotReceived", Map.of("kind", "refundKind", "merchant", "merchantName",
                    "expectedDate", "expectedCreditDate"),
            "failedTopUp", Map.of("channel", "topUpChannel", "reference", "topUpReference", "occurredAt", "topUpTime"),
            "cardBlock", Map.of("action", "cardAction", "reason", "blockReason"),
            "kycReview", Map.of("trigger", "kycTrigger"),
            "apiIncident", Map.of("operation", "apiOperation"));

    private RequestIntake() {
    }

    public static boolean handles(String issueTypeKey) {
        return TYPES.contains(issueTypeKey);
    }

    /**
     * Checks the typed request of that type. Give the clock the partner's zone: "not in the future" is judged
     * against the partner's today.
     *
     * @throws IllegalArgumentException for an issue type key this intake does not check
     */
    public static Outcome<RequestType> check(String issueTypeKey, Map<String, String> typed, Clock clock) {
        Objects.requireNonNull(typed, "typed");
        Objects.requireNonNull(clock, "clock");
        if (!handles(issueTypeKey)) {
            throw new IllegalArgumentException("no request intake for the issue type " + issueTypeKey);
        }
        Values v = new Values(typed);
        Outcome<? extends RequestType> checked = switch (issueTypeKey) {
            case "loyaltyClaim" -> LoyaltyClaimIntake.check(v.get("loyaltyKind"), v.get("loyaltyAccount"),
                    v.get("rrn"), v.get("points"), v.get("transactionDate"), v.get(DESCRIPTION), clock);
            case "refundNotReceived" -> RefundNotReceivedIntake.check(v.get("refundKind"), v.get("amount"),
                    v.get("currency"), v.get("merchantName"), v.get("expectedCreditDate"), v.get("rrn"), v.get("arn"),
                    v.get(DESCRIPTION), clock);
            case "failedTopUp" -> FailedTopUpIntake.check(v.get("amount"), v.get("currency"), v.get("topUpChannel"),
                    v.get("topUpReference"), v.get("topUpTime"), v.get(DESCRIPTION), clock);
            case "cardBlock" -> CardBlockIntake.check(v.get("cardAction"), v.get("cardNumber"), v.get("blockReason"),
                    v.get("identityVerified"), v.get(DESCRIPTION), clock);
            case "kycReview" -> KycReviewIntake.check(v.get("customerId"), v.get("kycTrigger"), v.get(DESCRIPTION),
                    clock);
            case "apiIncident" -> ApiIncidentIntake.check(v.get("partner"), v.get("apiOperation"), v.get("severity"),
                    v.get("firstSeen"), v.get("correlationId"), v.get("errorCode"), v.get(DESCRIPTION), clock);
            default -> throw new IllegalStateException("unreachable: " + issueTypeKey);
        };
        return switch (checked) {
            case Outcome.Accepted<? extends RequestType> accepted -> Outcome.accepted(accepted.value());
            case Outcome.Refused<? extends RequestType> refused -> Outcome.refused(
                    renamed(refused.refusals(), CATALOGUE_KEYS.getOrDefault(issueTypeKey, Map.of())));
        };
    }

    private static List<Refusal> renamed(List<Refusal> refusals, Map<String, String> keys) {
        return refusals.stream().map(r -> keys.containsKey(r.field())
                ? new Refusal(keys.get(r.field()), r.rejectedValue(), r.reasonKey(), r.arguments()) : r).toList();
    }

    /** The typed values; a field not typed reads as blank, as an empty form field does. */
    private record Values(Map<String, String> typed) {
        String get(String key) {
            String value = typed.get(key);
            return value == null ? "" : value;
        }
    }
}
