package io.paydesk.core.request.types;

import static io.paydesk.core.request.types.RequestTypeIntakeTest.API;
import static io.paydesk.core.request.types.RequestTypeIntakeTest.BLOCK;
import static io.paydesk.core.request.types.RequestTypeIntakeTest.CLOCK;
import static io.paydesk.core.request.types.RequestTypeIntakeTest.KYC;
import static io.paydesk.core.request.types.RequestTypeIntakeTest.LOYALTY;
import static io.paydesk.core.request.types.RequestTypeIntakeTest.REFUND;
import static io.paydesk.core.request.types.RequestTypeIntakeTest.TOP_UP;
import static io.paydesk.core.request.types.RequestTypeIntakeTest.refusals;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paydesk.core.common.Refusal;
import io.paydesk.core.setup.FieldSpec;
import io.paydesk.core.setup.IssueTypeSpec;
import io.paydesk.core.setup.SetupCatalogue;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The request intake by the setup catalogue's field keys: each type's fields reach its own intake, every refusal
 * names the catalogue field the user typed into, and every catalogue field of these types is one the intake reads.
 */
class RequestIntakeTest {

    private static Map<String, String> typed(List<String> keys, List<String> values) {
        Map<String, String> typed = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            typed.put(keys.get(i), values.get(i));
        }
        return typed;
    }

    private static final List<String> LOYALTY_KEYS = List.of("loyaltyKind", "loyaltyAccount", "rrn", "points",
            "transactionDate", "description");
    private static final List<String> REFUND_KEYS = List.of("refundKind", "amount", "currency", "merchantName",
            "expectedCreditDate", "rrn", "arn", "description");
    private static final List<String> TOP_UP_KEYS = List.of("amount", "currency", "topUpChannel", "topUpReference",
            "topUpTime", "description");
    private static final List<String> BLOCK_KEYS = List.of("cardAction", "cardNumber", "blockReason",
            "identityVerified", "description");
    private static final List<String> KYC_KEYS = List.of("customerId", "kycTrigger", "description");
    private static final List<String> API_KEYS = List.of("partner", "apiOperation", "severity", "firstSeen",
            "correlationId", "errorCode", "description");

    @Test
    void everyTypeIsCheckedByItsOwnIntakeFromTheCatalogueKeys() {
        assertThat(RequestIntake.check("loyaltyClaim", typed(LOYALTY_KEYS, LOYALTY), CLOCK).orElseThrow())
                .isInstanceOf(LoyaltyClaim.class);
        assertThat(RequestIntake.check("refundNotReceived", typed(REFUND_KEYS, REFUND), CLOCK).orElseThrow())
                .isInstanceOf(RefundNotReceived.class);
        assertThat(RequestIntake.check("failedTopUp", typed(TOP_UP_KEYS, TOP_UP), CLOCK).orElseThrow())
                .isInstanceOf(FailedTopUp.class);
        RequestType block = RequestIntake.check("cardBlock", typed(BLOCK_KEYS, BLOCK), CLOCK).orElseThrow();
        assertThat(block.urgency()).isEqualTo(RequestType.Urgency.URGENT);
        RequestType kyc = RequestIntake.check("kycReview", typed(KYC_KEYS, KYC), CLOCK).orElseThrow();
        assertThat(kyc.restrictedVisibility()).isTrue();
        assertThat(RequestIntake.check("apiIncident", typed(API_KEYS, API), CLOCK).orElseThrow())
                .isInstanceOf(ApiIncident.class);
    }

    @Test
    void eachRefusalNamesTheCatalogueFieldTheUserTypedInto() {
        Map<String, String> bad = typed(LOYALTY_KEYS, LOYALTY);
        bad.put("loyaltyKind", "bogus");
        bad.put("loyaltyAccount", "x");
        bad.put("points", "0");

        List<Refusal> refused = refusals(RequestIntake.check("loyaltyClaim", bad, CLOCK));

        assertThat(refused).extracting(Refusal::field).containsExactlyInAnyOrder("loyaltyKind", "loyaltyAccount",
                "points");
        Map<String, String> topUp = typed(TOP_UP_KEYS, TOP_UP);
        topUp.put("topUpChannel", "pigeon");
        assertThat(refusals(RequestIntake.check("failedTopUp", topUp, CLOCK))).extracting(Refusal::field)
                .containsExactly("topUpChannel");
    }

    @Test
    void aFieldNotTypedReadsAsBlankAndIsNamedWhenRequired() {
        assertThat(refusals(RequestIntake.check("kycReview", Map.of("description", "x"), CLOCK)))
                .extracting(Refusal::field).containsExactlyInAnyOrder("customerId", "kycTrigger");
    }

    @Test
    void theDisputeAndUnknownTypesAreNotThisIntakes() {
        assertThat(RequestIntake.handles("paymentDispute")).isFalse();
        assertThatThrownBy(() -> RequestIntake.check("paymentDispute", Map.of(), CLOCK))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("paymentDispute");
    }

    @Test
    void everyCatalogueFieldOfTheseTypesIsOneTheIntakeReads() {
        Map<String, List<String>> read = Map.of("loyaltyClaim", LOYALTY_KEYS, "refundNotReceived", REFUND_KEYS,
                "failedTopUp", TOP_UP_KEYS, "cardBlock", BLOCK_KEYS, "kycReview", KYC_KEYS, "apiIncident", API_KEYS);
        List<IssueTypeSpec> types = SetupCatalogue.paydesk().issueTypes().stream()
                .filter(type -> RequestIntake.handles(type.key())).toList();

        assertThat(types).extracting(IssueTypeSpec::key).containsExactlyInAnyOrderElementsOf(RequestIntake.TYPES);
        for (IssueTypeSpec type : types) {
            assertThat(read.get(type.key())).as(type.key())
                    .containsAll(type.fields().stream().map(FieldSpec::key).toList());
        }
    }
}
