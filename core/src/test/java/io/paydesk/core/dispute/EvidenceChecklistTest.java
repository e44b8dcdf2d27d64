package io.paydesk.core.dispute;

import static io.paydesk.core.dispute.DisputeFixture.EVIDENCE;
import static io.paydesk.core.dispute.DisputeFixture.SCHEMES;
import static org.assertj.core.api.Assertions.assertThat;

import io.paydesk.core.common.Outcome;
import io.paydesk.core.common.Refusal;
import io.paydesk.core.dispute.evidence.EvidenceChecklist;
import io.paydesk.core.dispute.evidence.EvidenceItem;
import io.paydesk.core.dispute.evidence.EvidenceReview;
import io.paydesk.core.dispute.scheme.SchemeId;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class EvidenceChecklistTest {

    private static EvidenceItem item(String id) {
        return new EvidenceItem(id);
    }

    @Test
    void aNotReceivedDisputeStillMissesTheExpectedDateAndTheMerchantContact() {
        EvidenceChecklist notReceived = EVIDENCE.checklist(SCHEMES.reason(SchemeId.VISA, "13.1").orElseThrow());

        EvidenceReview review = notReceived.review(Set.of(item("cardholderStatement"), item("atmDetails")));

        assertThat(review.present()).containsExactly(item("cardholderStatement"));
        assertThat(review.missing()).containsExactly(item("expectedDeliveryDate"), item("merchantContact"));
        assertThat(review.optionalMissing()).containsExactly(item("receipt"));
        assertThat(review.complete()).isFalse();
        assertThat(notReceived.review(Set.of(item("cardholderStatement"), item("expectedDeliveryDate"),
                item("merchantContact"))).complete()).isTrue();
    }

    @Test
    void evidenceIdsFromAFormAreCheckedByName() {
        assertThat(EVIDENCE.items("evidence", List.of("receipt", "selfie", " fraudReport "))).isEqualTo(
                Outcome.refused(Refusal.of("evidence", "selfie", DisputeMessageKeys.EVIDENCE_UNKNOWN)));
        assertThat(EVIDENCE.items("evidence", List.of("receipt", " fraudReport ")).orElseThrow())
                .containsExactlyInAnyOrder(item("receipt"), item("fraudReport"));
    }

    @Provide
    Arbitrary<Set<EvidenceItem>> provided() {
        return Arbitraries.of(List.copyOf(EVIDENCE.items())).set();
    }

    @Property(tries = 300)
    void presentAndMissingSplitTheRequiredItemsExactly(@ForAll("provided") Set<EvidenceItem> provided) {
        for (var reason : SCHEMES.allReasons()) {
            EvidenceChecklist checklist = EVIDENCE.checklist(reason);
            EvidenceReview review = checklist.review(provided);

            assertThat(review.present().size() + review.missing().size()).isEqualTo(checklist.required().size());
            assertThat(review.missing()).noneMatch(provided::contains);
            assertThat(review.present()).allMatch(provided::contains);
            assertThat(review.complete()).isEqualTo(provided.containsAll(checklist.required()));
        }
    }
}
