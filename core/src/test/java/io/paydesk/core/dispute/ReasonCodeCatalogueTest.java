package io.paydesk.core.dispute;

import static io.paydesk.core.dispute.DisputeFixture.DEFAULT_RULES;
import static io.paydesk.core.dispute.DisputeFixture.EVIDENCE;
import static io.paydesk.core.dispute.DisputeFixture.SCHEMES;
import static org.assertj.core.api.Assertions.assertThat;

import io.paydesk.core.common.Outcome;
import io.paydesk.core.common.Refusal;
import io.paydesk.core.dispute.deadline.BusinessDayCalendar;
import io.paydesk.core.dispute.deadline.DeadlineFacts;
import io.paydesk.core.dispute.deadline.Geography;
import io.paydesk.core.dispute.deadline.StageDate;
import io.paydesk.core.dispute.deadline.StageDeadline;
import io.paydesk.core.dispute.evidence.EvidenceChecklist;
import io.paydesk.core.dispute.scheme.CardScheme;
import io.paydesk.core.dispute.scheme.DisputeFlow;
import io.paydesk.core.dispute.scheme.DisputeStage;
import io.paydesk.core.dispute.scheme.ReasonCode;
import io.paydesk.core.dispute.scheme.RetiredReasonCode;
import io.paydesk.core.dispute.scheme.SchemeId;
import io.paydesk.core.dispute.scheme.Workflow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ReasonCodeCatalogueTest {

    static Stream<ReasonCode> everyReasonCode() {
        return SCHEMES.allReasons().stream();
    }

    static Stream<RetiredReasonCode> everyRetiredCode() {
        return SCHEMES.allRetiredReasons().stream();
    }

    @Test
    void visaHasItsFourCategoriesAndTwentyFourCodes() {
        List<String> codes = SCHEMES.reasons(SchemeId.VISA).stream().map(ReasonCode::code).toList();

        assertThat(SCHEMES.categories(SchemeId.VISA)).extracting(c -> c.id()).containsExactly("10", "11", "12", "13");
        assertThat(codes).containsExactly("10.1", "10.2", "10.3", "10.4", "10.5", "11.1", "11.2", "11.3",
                "12.1", "12.2", "12.3", "12.4", "12.5", "12.6", "12.7",
                "13.1", "13.2", "13.3", "13.4", "13.5", "13.6", "13.7", "13.8", "13.9");
        assertThat(codes).allSatisfy(code -> assertThat(SCHEMES.reason(SchemeId.VISA, code).orElseThrow()
                .category().id()).isEqualTo(code.substring(0, 2)));
    }

    @Test
    void fraudAndAuthorizationAreAllocatedWhileProcessingErrorsAndConsumerDisputesCollaborate() {
        assertThat(SCHEMES.reason(SchemeId.VISA, "10.4").orElseThrow().workflow()).isEqualTo(Workflow.ALLOCATION);
        assertThat(SCHEMES.reason(SchemeId.VISA, "11.2").orElseThrow().workflow()).isEqualTo(Workflow.ALLOCATION);
        assertThat(SCHEMES.reason(SchemeId.VISA, "12.6").orElseThrow().workflow()).isEqualTo(Workflow.COLLABORATION);
        assertThat(SCHEMES.reason(SchemeId.VISA, "13.1").orElseThrow().workflow()).isEqualTo(Workflow.COLLABORATION);
    }

    @Test
    void mastercardHasFourGroupsAndItsRetiredCodesPointToCurrentOnes() {
        assertThat(SCHEMES.categories(SchemeId.MASTERCARD)).extracting(c -> c.id())
                .containsExactlyInAnyOrder("authorization", "cardholder-dispute", "fraud", "point-of-interaction");
        assertThat(SCHEMES.reasons(SchemeId.MASTERCARD)).extracting(ReasonCode::code)
                .containsExactlyInAnyOrder("4808", "4853", "4837", "4849", "4863", "4870", "4871", "4834");
        assertThat(SCHEMES.retiredReason(SchemeId.MASTERCARD, "4855").orElseThrow().replacedBy().code()).isEqualTo("4853");
        assertThat(SCHEMES.retiredReason(SchemeId.MASTERCARD, "4812").orElseThrow().replacedBy().code()).isEqualTo("4808");
        assertThat(SCHEMES.retiredReason(SchemeId.MASTERCARD, "4831").orElseThrow().replacedBy().code()).isEqualTo("4834");
    }

    @Test
    void localSchemesAreDataWithoutADisputeCycleYet() {
        assertThat(SCHEMES.schemes()).extracting(CardScheme::name)
                .contains("Visa", "Mastercard", "UzCard", "Humo", "UnionPay");
        for (String local : List.of("uzcard", "humo", "unionpay")) {
            CardScheme scheme = DisputeFixture.scheme(local);
            assertThat(scheme.flow()).isEqualTo(DisputeFlow.NONE);
            assertThat(SCHEMES.reasons(scheme.id())).isEmpty();
        }
    }

    @Test
    void aTypedReasonCodeIsCheckedAgainstItsScheme() {
        CardScheme visa = DisputeFixture.scheme("visa");
        CardScheme mastercard = DisputeFixture.scheme("mastercard");

        assertThat(SCHEMES.reason("reasonCode", visa, " 13.1 ").orElseThrow().code()).isEqualTo("13.1");
        assertThat(SCHEMES.reason("reasonCode", visa, "4853")).isEqualTo(Outcome.refused(
                Refusal.of("reasonCode", "4853", DisputeMessageKeys.REASON_UNKNOWN, "Visa")));
        assertThat(SCHEMES.reason("reasonCode", visa, "13.10")).isEqualTo(Outcome.refused(
                Refusal.of("reasonCode", "13.10", DisputeMessageKeys.REASON_UNKNOWN, "Visa")));
        assertThat(SCHEMES.reason("reasonCode", mastercard, "4855")).isEqualTo(Outcome.refused(
                Refusal.of("reasonCode", "4855", DisputeMessageKeys.REASON_RETIRED, "4855", "4853")));
        assertThat(SCHEMES.scheme("scheme", "Diners")).isEqualTo(Outcome.refused(
                Refusal.of("scheme", "Diners", DisputeMessageKeys.SCHEME_UNKNOWN)));
        assertThat(SCHEMES.scheme("scheme", " VISA ").orElseThrow()).isEqualTo(visa);
    }

    @ParameterizedTest(name = "{0} has a category and a description in all five languages")
    @MethodSource("everyReasonCode")
    void everyReasonCodeHasACategoryAndADescriptionInEveryLanguage(ReasonCode reason) {
        assertThat(SCHEMES.categories(reason.scheme())).contains(reason.category());
        assertDescribedInEveryLanguage(reason.descriptionKey());
        assertDescribedInEveryLanguage(reason.category().nameKey());
    }

    @ParameterizedTest(name = "{0} has a deadline rule for every stage of its cycle")
    @MethodSource("everyReasonCode")
    void everyReasonCodeHasADeadlineRuleForEveryStage(ReasonCode reason) {
        DisputeFlow flow = SCHEMES.scheme(reason.scheme()).orElseThrow().flow();
        LocalDate day = LocalDate.of(2026, 3, 2);
        List<StageDate> stages = new ArrayList<>();
        for (DisputeStage stage : flow.stages()) {
            DeadlineFacts facts = new DeadlineFacts(reason, Geography.issuerIn("UZ"), false, day, Optional.of(day.plusDays(1)),
                    Optional.empty(), stages);
            StageDeadline deadline = DEFAULT_RULES.deadlineFor(stage, facts, BusinessDayCalendar.mondayToFriday()).orElseThrow();

            assertThat(deadline.dueOn()).isAfter(deadline.countedFrom());
            assertThat(deadline.version()).isEqualTo(DEFAULT_RULES.version());
            assertThat(DEFAULT_RULES.rule(deadline.ruleId()).orElseThrow().source()).isNotBlank();
            stages.add(new StageDate(stage, deadline.dueOn().minusDays(1)));
        }
    }

    @ParameterizedTest(name = "{0} has an evidence checklist")
    @MethodSource("everyReasonCode")
    void everyReasonCodeHasAnEvidenceChecklistWithNamedItems(ReasonCode reason) {
        EvidenceChecklist checklist = EVIDENCE.checklist(reason);

        assertThat(checklist.required()).isNotEmpty();
        checklist.required().forEach(item -> assertDescribedInEveryLanguage(item.nameKey()));
        checklist.optional().forEach(item -> assertDescribedInEveryLanguage(item.nameKey()));
    }

    @ParameterizedTest(name = "retired {0} is described and replaced by a current code of its scheme")
    @MethodSource("everyRetiredCode")
    void everyRetiredCodeIsDescribedAndReplacedByACurrentCode(RetiredReasonCode retired) {
        assertDescribedInEveryLanguage(retired.descriptionKey());
        assertThat(retired.replacedBy().scheme()).isEqualTo(retired.scheme());
        assertThat(SCHEMES.reason(retired.scheme(), retired.code())).isEmpty();
        assertThat(Bundles.text(Locale.ENGLISH, retired.descriptionKey())).contains(retired.replacedBy().code());
    }

    static void assertDescribedInEveryLanguage(String key) {
        String english = Bundles.text(Locale.ENGLISH, key);
        assertThat(english).as("English text of %s", key).isNotBlank();
        for (Locale language : Bundles.LANGUAGES.subList(1, Bundles.LANGUAGES.size())) {
            assertThat(Bundles.text(language, key)).as("%s text of %s", language, key).isNotBlank().isNotEqualTo(english);
        }
    }
}
